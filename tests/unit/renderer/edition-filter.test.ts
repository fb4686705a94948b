import { describe, expect, it } from 'vitest'
import { filterEditions } from '../../../src/renderer/src/features/editions/edition-filter'
import type { CatalogEntry } from '../../../src/shared/store/catalog-file'

const entry = (id: string, newspaper: string, date: string, approved: number, updatedAt: string): CatalogEntry => ({
  id, newspaper, date, issueNumber: null, pageCount: 1, articleCount: 4, reviewProgress: { auto: 4 - approved, reviewed: 0, approved }, updatedAt
})
const entries = [
  entry('a', '武进日报', '2024-07-25', 4, '2026-01-01T00:00:00Z'),
  entry('b', '常州晚报', '2024-08-01', 0, '2026-01-03T00:00:00Z'),
  entry('c', '武进日报', '2024-06-30', 2, '2026-01-02T00:00:00Z')
]

describe('edition list search and sort', () => {
  it('finds by newspaper and by part of the date, every word must match', () => {
    expect(filterEditions(entries, '武进', 'updated').map((e) => e.id)).toEqual(['c', 'a'])
    expect(filterEditions(entries, '2024-07', 'updated').map((e) => e.id)).toEqual(['a'])
    expect(filterEditions(entries, '武进 2024-06', 'updated').map((e) => e.id)).toEqual(['c'])
    expect(filterEditions(entries, '人民', 'updated')).toEqual([])
  })

  it('sorts by issue date (newest first) and by least reviewed first', () => {
    expect(filterEditions(entries, '', 'date').map((e) => e.id)).toEqual(['b', 'a', 'c'])
    expect(filterEditions(entries, '', 'progress').map((e) => e.id)).toEqual(['b', 'c', 'a'])
  })
})
