import { describe, expect, it } from 'vitest'
import { diffAnalysis } from '../../../../src/core/history/change-set'
import {
  beginBatch, cancelBatch, canRedo, canUndo, commitBatch, createHistory, listHistory, record, redo, undo
} from '../../../../src/core/history/history'
import type { PageAnalysis } from '../../../../src/shared/model/analysis'

const repair = (applied: boolean, id = 'r'): PageAnalysis['repairs'][number] => ({ id, kind: 'k', sourceStart: 0, sourceEnd: 1, before: 'x', after: 'y', applied })
const v0: PageAnalysis = { articles: [], repairs: [repair(true)] }
const v1: PageAnalysis = { articles: [], repairs: [repair(false)] }
const v2: PageAnalysis = { articles: [], repairs: [repair(false), repair(true, 's')] }
const label = { key: 'history.revertRepair' }

describe('history', () => {
  it('undoes and redoes entries in order', () => {
    let h = record(createHistory(), label, 'editor', diffAnalysis(v0, v1))
    h = record(h, { key: 'history.other' }, 'machine', diffAnalysis(v1, v2))
    const u1 = undo(h, v2)
    expect(u1?.analysis).toEqual(v1)
    const u2 = u1 && undo(u1.history, u1.analysis)
    expect(u2?.analysis).toEqual(v0)
    expect(u2 && canUndo(u2.history)).toBe(false)
    expect(u2 && undo(u2.history, u2.analysis)).toBeUndefined()
    const r1 = u2 && redo(u2.history, u2.analysis)
    expect(r1?.analysis).toEqual(v1)
    expect(r1?.entry.label).toEqual(label)
  })

  it('a new entry clears the redo stack; empty change sets are not recorded', () => {
    let h = record(createHistory(), label, 'editor', diffAnalysis(v0, v1))
    const u = undo(h, v1)
    h = record(u?.history ?? h, label, 'editor', diffAnalysis(v0, v2))
    expect(canRedo(h)).toBe(false)
    expect(record(h, label, 'editor', diffAnalysis(v2, v2))).toBe(h)
  })

  it('keeps at most `limit` entries, dropping the oldest', () => {
    let h = createHistory(2)
    h = record(h, { key: 'one' }, 'editor', diffAnalysis(v0, v1))
    h = record(h, { key: 'two' }, 'editor', diffAnalysis(v1, v2))
    h = record(h, { key: 'three' }, 'editor', diffAnalysis(v2, v0))
    expect(listHistory(h).map((e) => e.label.key)).toEqual(['two', 'three'])
  })

  it('a batch becomes one entry; while open, undo waits', () => {
    let h = beginBatch(createHistory(), { key: 'history.moveBoundary' }, 'editor', v0)
    expect(undo(h, v1)).toBeUndefined()
    h = commitBatch(h, v2)
    expect(listHistory(h)).toEqual([{ id: 1, label: { key: 'history.moveBoundary' }, origin: 'editor', status: 'done' }])
    expect(undo(h, v2)?.analysis).toEqual(v0)
    const cancelled = cancelBatch(beginBatch(createHistory(), label, 'editor', v1))
    expect(cancelled.before).toBe(v1)
    expect(cancelled.history.batch).toBeNull()
  })

  it('lists done entries then undone ones in redo order', () => {
    let h = record(createHistory(), { key: 'one' }, 'editor', diffAnalysis(v0, v1))
    h = record(h, { key: 'two' }, 'machine', diffAnalysis(v1, v2))
    const u = undo(h, v2)
    expect(listHistory(u?.history ?? h).map((e) => [e.label.key, e.origin, e.status])).toEqual([
      ['one', 'editor', 'done'],
      ['two', 'machine', 'undone']
    ])
  })
})
