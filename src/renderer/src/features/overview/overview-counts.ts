import { ENTITY_TYPES, type EntityType } from '../../../../shared/model/analysis'
import type { Page } from '../../../../shared/model/edition'
import { computeReviewProgress, type ReviewProgress } from '../../../../shared/store/review-progress'

export interface Overview {
  readonly pages: readonly { readonly fileName: string; readonly articles: number }[]
  readonly review: ReviewProgress
  readonly entities: readonly { readonly type: EntityType; readonly count: number }[]
}

/** Counts for the edition overview: articles per page, review states, entities per type. */
export function overviewOf(pages: readonly Page[]): Overview {
  const byType = new Map<EntityType, number>(ENTITY_TYPES.map((type) => [type, 0]))
  for (const page of pages) {
    for (const article of page.analysis.articles) {
      for (const entity of article.entities) byType.set(entity.type, (byType.get(entity.type) ?? 0) + 1)
    }
  }
  return {
    pages: pages.map((page) => ({ fileName: page.fileName, articles: page.analysis.articles.length })),
    review: computeReviewProgress({ pages: [...pages] }),
    entities: ENTITY_TYPES.map((type) => ({ type, count: byType.get(type) ?? 0 }))
  }
}
