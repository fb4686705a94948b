import type { PageAnalysis } from '../../shared/model/analysis'
import { applyChangeSet, type ChangeSet, diffAnalysis, invertChangeSet, isEmptyChangeSet } from './change-set'

/**
 * Undo and redo for one page's editing session. An entry is a change set, so undo is "apply the
 * inverse" and never replays commands; it costs memory proportional to what changed, not to
 * the page. The stack is bounded: the oldest entries fall off.
 */

/** Who made a change: the editor's hand, or the engine (a re-analysis). */
export type ChangeOrigin = 'editor' | 'machine'

/** A history-list label: an i18n key (under `history.`) plus values the message may show. */
export interface HistoryLabel {
  readonly key: string
  readonly params?: Readonly<Record<string, string | number>>
}

export interface HistoryEntry {
  readonly id: number
  readonly label: HistoryLabel
  readonly origin: ChangeOrigin
  readonly changes: ChangeSet
}

/** An open batch: the analysis before it began, and its label. */
interface PendingBatch {
  readonly label: HistoryLabel
  readonly origin: ChangeOrigin
  readonly before: PageAnalysis
}

export interface History {
  /** Oldest first; the last entry is the next to undo. */
  readonly done: readonly HistoryEntry[]
  /** The last entry is the next to redo. */
  readonly undone: readonly HistoryEntry[]
  readonly limit: number
  readonly nextId: number
  readonly batch: PendingBatch | null
}

export const DEFAULT_HISTORY_LIMIT = 200

/** An empty history keeping at most `limit` undoable entries. */
export function createHistory(limit: number = DEFAULT_HISTORY_LIMIT): History {
  return { done: [], undone: [], limit: Math.max(1, Math.floor(limit)), nextId: 1, batch: null }
}

/** Records a change set as one undoable entry; clears the redo stack. Empty change sets are ignored. */
export function record(history: History, label: HistoryLabel, origin: ChangeOrigin, changes: ChangeSet): History {
  if (isEmptyChangeSet(changes)) return history
  const entry: HistoryEntry = { id: history.nextId, label, origin, changes }
  const done = [...history.done, entry]
  if (done.length > history.limit) done.splice(0, done.length - history.limit)
  return { ...history, done, undone: [], nextId: history.nextId + 1 }
}

export interface Stepped {
  readonly history: History
  readonly analysis: PageAnalysis
  readonly entry: HistoryEntry
}

/** Undoes the latest entry on `analysis`; undefined when there is nothing to undo (or a batch is open). */
export function undo(history: History, analysis: PageAnalysis): Stepped | undefined {
  const entry = history.done[history.done.length - 1]
  if (!entry || history.batch) return undefined
  return {
    history: { ...history, done: history.done.slice(0, -1), undone: [...history.undone, entry] },
    analysis: applyChangeSet(analysis, invertChangeSet(entry.changes)),
    entry
  }
}

/** Redoes the latest undone entry; undefined when there is nothing to redo (or a batch is open). */
export function redo(history: History, analysis: PageAnalysis): Stepped | undefined {
  const entry = history.undone[history.undone.length - 1]
  if (!entry || history.batch) return undefined
  return {
    history: { ...history, done: [...history.done, entry], undone: history.undone.slice(0, -1) },
    analysis: applyChangeSet(analysis, entry.changes),
    entry
  }
}

/** True when undo would do something. */
export function canUndo(history: History): boolean {
  return history.done.length > 0 && !history.batch
}

/** True when redo would do something. */
export function canRedo(history: History): boolean {
  return history.undone.length > 0 && !history.batch
}

/**
 * Opens a batch: the steps that follow (a boundary drag, a multi-step correction) become one
 * entry when the batch is committed. Opening a batch while one is open keeps the outer one.
 */
export function beginBatch(history: History, label: HistoryLabel, origin: ChangeOrigin, before: PageAnalysis): History {
  if (history.batch) return history
  return { ...history, batch: { label, origin, before } }
}

/** Closes the open batch, recording everything since it began as one entry. */
export function commitBatch(history: History, after: PageAnalysis): History {
  const batch = history.batch
  if (!batch) return history
  return record({ ...history, batch: null }, batch.label, batch.origin, diffAnalysis(batch.before, after))
}

/** Abandons the open batch; returns the analysis from before it so the caller can roll back. */
export function cancelBatch(history: History): { history: History; before: PageAnalysis | undefined } {
  return { history: { ...history, batch: null }, before: history.batch?.before }
}

/** One row of the history list, oldest first; undone rows follow the current position. */
export interface HistoryListItem {
  readonly id: number
  readonly label: HistoryLabel
  readonly origin: ChangeOrigin
  readonly status: 'done' | 'undone'
}

/** The history list the UI shows: done entries oldest first, then undone ones in redo order. */
export function listHistory(history: History): readonly HistoryListItem[] {
  const row = (status: HistoryListItem['status']) => (e: HistoryEntry): HistoryListItem => ({ id: e.id, label: e.label, origin: e.origin, status })
  return [...history.done.map(row('done')), ...history.undone.slice().reverse().map(row('undone'))]
}
