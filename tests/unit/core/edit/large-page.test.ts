import { describe, expect, it } from 'vitest'
import { applyCommand } from '../../../../src/core/edit/apply-command'
import { execute, startSession, undo } from '../../../../src/core/edit/session'
import { validatePage } from '../../../../src/core/edit/validate'
import { largePage } from './page-builder'

/**
 * The size target (40 articles, 3,000 entities). Timing lives in bench/, not here; these
 * tests pin the property that makes split and merge fast: only the articles a command touches
 * are rebuilt, and the change set (and so the undo entry) holds only those.
 */
describe('a page of 40 articles and 3,000 entities', () => {
  const page = largePage()

  it('is valid and has the advertised size', () => {
    expect(page.analysis.articles).toHaveLength(40)
    expect(page.analysis.articles.reduce((n, a) => n + a.entities.length, 0)).toBe(3000)
    expect(validatePage(page)).toEqual({ ok: true })
  })

  it('a split rebuilds one article, shares the other 39, and records one update and one creation', () => {
    const a20 = page.analysis.articles[20]
    const at = a20?.lines[40]?.sourceStart ?? -1
    const result = applyCommand(page, { type: 'split-article', articleId: 'a20', at, newArticleId: 'new' })
    if (!result.ok) throw new Error(result.error.code)
    const shared = result.state.analysis.articles.filter((a) => page.analysis.articles.includes(a))
    expect(shared).toHaveLength(39)
    expect(result.changes.updated.map(([o]) => o.value.id)).toEqual(['a20'])
    expect(result.changes.created.map((r) => r.value.id)).toEqual(['new'])
    expect(result.state.analysis.repairs).toBe(page.analysis.repairs)
    expect(validatePage(result.state)).toEqual({ ok: true })
  })

  it('a merge rebuilds one article, deletes one, shares the other 38, and undoes exactly', () => {
    const session = startSession(page)
    const merged = execute(session, { type: 'merge-article', articleId: 'a10', direction: 'next' })
    if (!merged.ok) throw new Error(merged.error.code)
    const shared = merged.session.state.analysis.articles.filter((a) => session.state.analysis.articles.includes(a))
    expect(shared).toHaveLength(38)
    expect(merged.changes.deleted.map((r) => r.value.id)).toEqual(['a11'])
    expect(merged.session.state.analysis.articles.find((a) => a.id === 'a10')?.entities).toHaveLength(150)
    expect(undo(merged.session)?.session.state).toEqual(session.state)
  })
})
