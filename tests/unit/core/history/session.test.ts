import { describe, expect, it } from 'vitest'
import type { EditCommand } from '../../../../src/core/edit/commands'
import { beginBatch, cancelBatch, commitBatch, type EditSession, execute, executeBatch, redo, startSession, undo } from '../../../../src/core/edit/session'
import type { EditState } from '../../../../src/core/edit/state'
import { listHistory } from '../../../../src/core/history/history'
import { article, offsetOf, samplePage } from '../edit/page-builder'

function run(session: EditSession<EditState>, command: EditCommand, origin: 'editor' | 'machine' = 'editor'): EditSession<EditState> {
  const result = execute(session, command, origin)
  if (!result.ok) throw new Error(result.error.code)
  return result.session
}

function undoAll(session: EditSession<EditState>): EditSession<EditState> {
  let current = session
  for (let step = undo(current); step; step = undo(current)) current = step.session
  return current
}

describe('editing session', () => {
  it('every command round-trips: undo restores the exact previous state, redo the next', () => {
    const start = startSession(samplePage())
    const commands: EditCommand[] = [
      { type: 'split-article', articleId: 'a1', at: offsetOf(start.state, '市长'), newArticleId: 'x' },
      { type: 'merge-article', articleId: 'a2', direction: 'next' },
      { type: 'move-line', articleId: 'x', lineStart: offsetOf(start.state, '新线连接'), direction: 'next' },
      { type: 'move-boundary', articleId: 'a1', edge: 'end', to: offsetOf(start.state, '开通。') },
      { type: 'set-article-kind', articleId: 'x', kind: 'brief' },
      { type: 'set-line-role', articleId: 'a1', lineStart: offsetOf(start.state, '城市新闻'), role: 'subheadline' },
      { type: 'set-article-fields', articleId: 'a1', fields: { headline: 'H' } },
      { type: 'reorder-article', articleId: 'a1', toIndex: 2 },
      { type: 'delete-article', articleId: 'x' },
      { type: 'restore-article', articleId: 'x' },
      { type: 'set-review', articleId: 'a1', review: 'approved' },
      { type: 'add-entity', articleId: 'a1', entityId: 'n', entityType: 'ORG', sourceStart: 0, sourceEnd: 2 },
      { type: 'retype-entity', entityId: 'n', entityType: 'PLACE' },
      { type: 'resize-entity', entityId: 'n', sourceStart: 0, sourceEnd: 4 },
      { type: 'remove-entity', entityId: 'n' },
      { type: 'fix-typo', articleId: 'a1', bodyStart: 0, bodyEnd: 2, replacement: '沪', repairId: 't' },
      { type: 'set-repair-applied', repairId: 't', applied: false }
    ]
    let session = start
    const states = [session.state]
    for (const command of commands) {
      session = run(session, command)
      states.push(session.state)
    }
    expect(session.history.done).toHaveLength(commands.length)
    for (let i = commands.length - 1; i >= 0; i--) {
      const step = undo(session)
      if (!step) throw new Error('nothing to undo')
      session = step.session
      expect(session.state).toStrictEqual(states[i])
    }
    for (let i = 1; i <= commands.length; i++) {
      const step = redo(session)
      if (!step) throw new Error('nothing to redo')
      session = step.session
      expect(session.state).toStrictEqual(states[i])
    }
  })

  it('labels entries with i18n keys, not text', () => {
    let session = startSession(samplePage())
    session = run(session, { type: 'merge-article', articleId: 'a1', direction: 'next' })
    session = run(session, { type: 'set-review', articleId: 'a1', review: 'reviewed' })
    expect(listHistory(session.history).map((e) => e.label)).toEqual([
      { key: 'history.mergeWithNext' },
      { key: 'history.setReview', params: { review: 'reviewed' } }
    ])
  })

  it('a refused command changes neither the state nor the history', () => {
    const session = startSession(samplePage())
    const result = execute(session, { type: 'merge-article', articleId: 'a1', direction: 'previous' })
    expect(result.ok ? undefined : result.error.code).toBe('NO_PREVIOUS_ARTICLE')
    expect(session.history.done).toHaveLength(0)
  })

  it('a batch is one undoable step, all or nothing', () => {
    const session = startSession(samplePage())
    const batch = executeBatch(session, [
      { type: 'split-article', articleId: 'a1', at: offsetOf(session.state, '市长'), newArticleId: 'x' },
      { type: 'set-article-fields', articleId: 'x', fields: { headline: '市长出席' } }
    ], { key: 'history.splitWithHeadline' })
    if (!batch.ok) throw new Error(batch.error.code)
    expect(listHistory(batch.session.history).map((e) => e.label.key)).toEqual(['history.splitWithHeadline'])
    expect(undo(batch.session)?.session.state).toStrictEqual(session.state)
    const failed = executeBatch(session, [
      { type: 'set-review', articleId: 'a1', review: 'approved' },
      { type: 'merge-article', articleId: 'a1', direction: 'previous' }
    ], { key: 'x' })
    expect(failed.ok).toBe(false)
  })

  it('a boundary drag (many moves) is one entry; a cancelled drag rolls back', () => {
    const start = startSession(samplePage({ touching: true }))
    let session = beginBatch(start, { key: 'history.moveBoundary' })
    for (const text of ['开通。', '市长王五', '新线连接']) {
      session = run(session, { type: 'move-boundary', articleId: 'a1', edge: 'end', to: offsetOf(start.state, text) })
    }
    session = commitBatch(session)
    expect(session.history.done).toHaveLength(1)
    expect(article(session.state, 'a1').sourceEnd).toBe(offsetOf(start.state, '新线连接'))
    expect(undo(session)?.session.state).toStrictEqual(start.state)
    const dragging = run(beginBatch(start, { key: 'history.moveBoundary' }), { type: 'move-boundary', articleId: 'a1', edge: 'end', to: offsetOf(start.state, '市长') })
    expect(cancelBatch(dragging).state).toEqual(start.state)
  })

  it('a machine re-analysis is one undoable step with origin machine', () => {
    let session = startSession(samplePage())
    session = run(session, { type: 'delete-article', articleId: 'a3' })
    const before = session.state
    const reanalysed = { articles: [article(samplePage(), 'a1')], repairs: [] }
    session = run(session, { type: 'replace-analysis', analysis: reanalysed }, 'machine')
    expect(session.state.analysis.articles.map((a) => a.id)).toEqual(['a1'])
    expect(session.state.analysis.deletedArticles).toEqual([])
    expect(listHistory(session.history).at(-1)).toMatchObject({ label: { key: 'history.reanalyse' }, origin: 'machine' })
    expect(undo(session)?.session.state).toStrictEqual(before)
    expect(before.analysis.deletedArticles?.map((a) => a.id)).toEqual(['a3'])
    expect(undoAll(session).state).toEqual(startSession(samplePage()).state)
  })
})

describe('history labels', () => {
  it('every command’s label key is one of HISTORY_LABEL_KEYS (what the locale files must define)', async () => {
    const { HISTORY_LABEL_KEYS, labelFor } = await import('../../../../src/core/edit/labels')
    const commands: EditCommand[] = [
      { type: 'merge-article', articleId: 'a', direction: 'previous' },
      { type: 'set-repair-applied', repairId: 'r', applied: true },
      { type: 'fix-typo', articleId: 'a', bodyStart: 0, bodyEnd: 1, replacement: 'x', repairId: 't' }
    ]
    for (const command of commands) expect(HISTORY_LABEL_KEYS).toContain(labelFor(command).key)
  })
})
