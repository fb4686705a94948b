import { describe, expect, it } from 'vitest'
import { applyChangeSet, diffAnalysis, invertChangeSet, isEmptyChangeSet } from '../../../../src/core/history/change-set'
import type { Article, PageAnalysis } from '../../../../src/shared/model/analysis'

function art(id: string, start: number): Article {
  return {
    id, kind: 'news', kicker: null, headline: id, subheadlines: [], reporters: [], photographers: [], dateline: null,
    body: id, sourceStart: start, sourceEnd: start + 1, lines: [{ role: 'body', sourceStart: start, sourceEnd: start + 1 }], entities: [], review: 'auto'
  }
}

const base: PageAnalysis = {
  articles: ['a', 'b', 'c', 'd', 'e'].map((id, i) => art(id, i * 2)),
  repairs: [{ id: 'r', kind: 'k', sourceStart: 0, sourceEnd: 1, before: 'x', after: 'y', applied: true }],
  deletedArticles: []
}

describe('diffAnalysis / applyChangeSet', () => {
  it('records only what changed, and applying it rebuilds the new analysis exactly', () => {
    const articles = base.articles.slice()
    articles[1] = { ...(articles[1] as Article), headline: 'B' }
    articles.splice(3, 0, art('new', 20))
    articles.splice(5, 1) // drop 'e'
    const after: PageAnalysis = { ...base, articles }
    const changes = diffAnalysis(base, after)
    expect(changes.created.map((r) => r.value.id)).toEqual(['new'])
    expect(changes.deleted.map((r) => r.value.id)).toEqual(['e'])
    expect(changes.updated.map(([o, n]) => [o.value.id, o.index, n.index])).toEqual([['b', 1, 1]])
    expect(applyChangeSet(base, changes)).toEqual(after)
    expect(applyChangeSet(after, invertChangeSet(changes))).toEqual(base)
  })

  it('a reorder records just the moved article, not every shifted one', () => {
    const articles = base.articles.slice()
    const [moved] = articles.splice(0, 1)
    articles.push(moved as Article)
    const after = { ...base, articles }
    const changes = diffAnalysis(base, after)
    expect(changes.updated.map(([o, n]) => [o.value.id, o.index, n.index])).toEqual([['a', 0, 4]])
    expect(applyChangeSet(base, changes)).toEqual(after)
    expect(applyChangeSet(after, invertChangeSet(changes))).toEqual(base)
  })

  it('moves an article between the page and the trash, and tracks repairs', () => {
    const after: PageAnalysis = {
      articles: base.articles.filter((a) => a.id !== 'c'),
      repairs: [{ ...(base.repairs[0] as PageAnalysis['repairs'][number]), applied: false }],
      deletedArticles: [base.articles[2] as Article]
    }
    const changes = diffAnalysis(base, after)
    expect(changes.created.map((r) => r.kind)).toEqual(['deleted-article'])
    expect(changes.deleted.map((r) => r.kind)).toEqual(['article'])
    expect(changes.updated.map(([o]) => o.kind)).toEqual(['repair'])
    expect(applyChangeSet(after, invertChangeSet(changes))).toEqual(base)
  })

  it('an identical analysis gives an empty change set and applying it returns the same object', () => {
    const changes = diffAnalysis(base, { ...base })
    expect(isEmptyChangeSet(changes)).toBe(true)
    expect(applyChangeSet(base, changes)).toBe(base)
  })

  it('shares arrays a change set does not touch', () => {
    const articles = base.articles.slice()
    articles[0] = { ...(articles[0] as Article), review: 'approved' }
    const next = applyChangeSet(base, diffAnalysis(base, { ...base, articles }))
    expect(next.repairs).toBe(base.repairs)
    expect(next.articles[1]).toBe(base.articles[1])
  })
})
