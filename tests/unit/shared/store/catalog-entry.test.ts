import { describe, expect, it } from 'vitest'
import { toCatalogEntry } from '../../../../src/shared/store/catalog-file'
import { computeReviewProgress } from '../../../../src/shared/store/review-progress'
import { makeEdition } from '../../../fixtures/store/make-edition'

describe('catalog entries', () => {
  it('count pages, articles and review states across every page', () => {
    const edition = makeEdition('ed-1', 2, { pages: 3, articles: 4, entitiesPerArticle: 1, chars: 200 })
    const pages = edition.pages.map((page, p) => ({
      ...page,
      analysis: { ...page.analysis, articles: page.analysis.articles.map((article, a) => ({ ...article, review: (['auto', 'reviewed', 'approved'] as const)[(p + a) % 3] as 'auto' })) }
    }))
    const entry = toCatalogEntry({ ...edition, pages })
    expect(entry).toMatchObject({ id: 'ed-1', pageCount: 3, articleCount: 12 })
    expect(entry.reviewProgress).toEqual({ auto: 4, reviewed: 4, approved: 4 })
    expect(computeReviewProgress({ pages: [] })).toEqual({ auto: 0, reviewed: 0, approved: 0 })
  })
})
