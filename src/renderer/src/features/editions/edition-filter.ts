import type { CatalogEntry } from '../../../../shared/store/catalog-file'

export const EDITION_SORTS = ['updated', 'date', 'newspaper', 'progress'] as const
export type EditionSort = (typeof EDITION_SORTS)[number]

/** Share of an edition's articles that are approved (0 with no articles). */
export function approvedShare(entry: CatalogEntry): number {
  return entry.articleCount === 0 ? 0 : entry.reviewProgress.approved / entry.articleCount
}

/**
 * The edition list as shown: entries whose newspaper, date or issue number contain every word
 * of `query` (case-insensitive; "2024-07" finds July), sorted by the chosen key — newest first
 * for dates, A→Z for the newspaper, least reviewed first for progress (what still needs work).
 */
export function filterEditions(entries: readonly CatalogEntry[], query: string, sort: EditionSort): CatalogEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  const matches = entries.filter((entry) => {
    const haystack = `${entry.newspaper} ${entry.date} ${entry.issueNumber ?? ''}`.toLowerCase()
    return words.every((word) => haystack.includes(word))
  })
  const by: Record<EditionSort, (a: CatalogEntry, b: CatalogEntry) => number> = {
    updated: (a, b) => b.updatedAt.localeCompare(a.updatedAt),
    date: (a, b) => b.date.localeCompare(a.date) || b.updatedAt.localeCompare(a.updatedAt),
    newspaper: (a, b) => a.newspaper.localeCompare(b.newspaper, 'zh-CN') || b.date.localeCompare(a.date),
    progress: (a, b) => approvedShare(a) - approvedShare(b) || b.updatedAt.localeCompare(a.updatedAt)
  }
  return matches.sort(by[sort])
}
