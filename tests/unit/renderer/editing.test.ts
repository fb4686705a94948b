import { describe, expect, it } from 'vitest'
import type { EditCommand } from '../../../src/core/edit'
import type { Page } from '../../../src/shared/model/edition'
import { initialSession, sessionReducer, type SessionState } from '../../../src/renderer/src/state/session'
import { hasUnsavedChanges, reselect } from '../../../src/renderer/src/state/editing'
import { offsetOf, samplePage } from '../core/edit/page-builder'

// The renderer's editing session: every correction through the core's execute, undo/redo
// through its history, and the revision counter the autosave compares with what is on disk.
const page: Page = { id: 'p1', fileName: 'page.txt', encoding: 'utf-8', importedAt: '2026-01-01T00:00:00.000Z', ...samplePage() }
const edition = { id: 'e1', newspaper: '武进日报', date: '2024-07-25', issueNumber: null, createdAt: 'c', updatedAt: 'u', pages: [page] }

const opened = (): SessionState => sessionReducer(sessionReducer(initialSession, { type: 'page-opened', page }), { type: 'article-selected', articleId: 'a1' })
const edit = (state: SessionState, command: EditCommand): SessionState =>
  sessionReducer(state, { type: 'edit-step', step: { type: 'edit', command } })

describe('editing session in the renderer', () => {
  it('splits through the core, records one history entry, and undo/redo restore both states exactly', () => {
    const before = opened()
    const at = offsetOf(page, '市长王五')
    const split = edit(before, { type: 'split-article', articleId: 'a1', at, newArticleId: 'a1b' })
    expect(split.doc?.page.analysis.articles.map((a) => a.id)).toEqual(['a1', 'a1b', 'a2', 'a3'])
    expect(split.doc?.editing.session.history.done).toHaveLength(1)
    expect(split.doc?.editing.revision).toBe(1)

    const undone = sessionReducer(split, { type: 'edit-step', step: { type: 'undo' } })
    expect(undone.doc?.page.analysis).toEqual(before.doc?.page.analysis)
    expect(undone.doc?.editing.revision).toBe(2)
    const redone = sessionReducer(undone, { type: 'edit-step', step: { type: 'redo' } })
    expect(redone.doc?.page.analysis).toEqual(split.doc?.page.analysis)
  })

  it('shows a refused correction as a coded notice and changes nothing', () => {
    const before = opened()
    const refused = edit(before, { type: 'merge-article', articleId: 'a1', direction: 'previous' })
    expect(refused.notice).toEqual({ kind: 'refused', code: 'NO_PREVIOUS_ARTICLE' })
    expect(refused.doc).toBe(before.doc)
  })

  it('keeps the merged text selected when the selected article is merged into its predecessor', () => {
    const state = sessionReducer(opened(), { type: 'article-selected', articleId: 'a2' })
    const merged = edit(state, { type: 'merge-article', articleId: 'a2', direction: 'previous' })
    expect(merged.doc?.page.analysis.articles.map((a) => a.id)).toEqual(['a1', 'a3'])
    expect(merged.selectedArticleId).toBe('a1')
    expect(reselect(state.doc!.page.analysis, merged.doc!.page.analysis, 'gone')).toBeNull()
  })

  it('fixes a typo as a repair: the entity after it keeps its source offsets', () => {
    const before = opened()
    const airport = before.doc!.page.analysis.articles[0]!.entities.find((e) => e.id === 'e-airport')!
    const body = before.doc!.page.analysis.articles[0]!.body
    const fixed = edit(before, { type: 'fix-typo', articleId: 'a1', bodyStart: body.indexOf('十八'), bodyEnd: body.indexOf('十八') + 2, replacement: '18', repairId: 't1' })
    const after = fixed.doc!.page.analysis.articles[0]!
    expect(after.body).toContain('上海地铁18号线')
    expect(after.entities.find((e) => e.id === 'e-airport')).toMatchObject({ sourceStart: airport.sourceStart, sourceEnd: airport.sourceEnd, text: '浦东机场' })
    expect(fixed.doc!.page.analysis.repairs.some((r) => r.id === 't1' && r.kind === 'editor-typo')).toBe(true)
  })

  it('counts revisions against what the store holds: unsaved until autosaved or saved', () => {
    const inEdition = sessionReducer(initialSession, { type: 'edition-opened', opened: { edition, readOnly: false } })
    expect(hasUnsavedChanges(inEdition.doc!.editing)).toBe(false)
    const edited = edit(sessionReducer(inEdition, { type: 'article-selected', articleId: 'a1' }), { type: 'set-article-kind', articleId: 'a1', kind: 'brief' })
    expect(hasUnsavedChanges(edited.doc!.editing)).toBe(true)
    const journalled = sessionReducer(edited, { type: 'autosaved', revision: 1 })
    expect(hasUnsavedChanges(journalled.doc!.editing)).toBe(false)
    // An autosave answer older than what is already saved does not move the mark back.
    expect(sessionReducer(journalled, { type: 'autosaved', revision: 0 }).doc!.editing.savedRevision).toBe(1)
    // A page not yet in an edition is never "saved" until saved as one.
    expect(opened().doc!.editing.savedRevision).toBe(-1)
  })

  it('refuses every correction on a read-only edition', () => {
    const readOnly = sessionReducer(initialSession, { type: 'edition-opened', opened: { edition, readOnly: true, readOnlyReason: 'newer version' } })
    const tried = edit(readOnly, { type: 'set-article-kind', articleId: 'a1', kind: 'brief' })
    expect(tried).toBe(readOnly)
  })
})

describe('pages of an edition', () => {
  it('switching pages keeps the corrected page in the edition and starts the other with an empty history', () => {
    const other: Page = { ...page, id: 'p2', fileName: 'page-2.txt' }
    let state = sessionReducer(initialSession, { type: 'edition-opened', opened: { edition, readOnly: false } })
    state = sessionReducer(state, { type: 'pages-added', pages: [other] })
    state = edit(sessionReducer(state, { type: 'article-selected', articleId: 'a1' }), { type: 'set-article-kind', articleId: 'a1', kind: 'brief' })
    state = sessionReducer(state, { type: 'page-switched', pageId: 'p2' })
    expect(state.doc?.page.id).toBe('p2')
    expect(state.doc?.editing.session.history.done).toHaveLength(0)
    expect(state.doc?.edition?.pages.find((p) => p.id === 'p1')?.analysis.articles[0]?.kind).toBe('brief')
    // A late autosave answer for page 1 does not mark page 2 as saved.
    expect(sessionReducer(state, { type: 'autosaved', revision: 5, pageId: 'p1' })).toBe(state)
  })
})
