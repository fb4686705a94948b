import { type ChangeSet, EMPTY_CHANGE_SET } from '../history/change-set'
import {
  beginBatch as openBatch,
  cancelBatch as dropBatch,
  type ChangeOrigin,
  commitBatch as closeBatch,
  createHistory,
  type History,
  type HistoryEntry,
  type HistoryLabel,
  record,
  redo as redoHistory,
  undo as undoHistory
} from '../history/history'
import { applyCommand } from './apply-command'
import type { EditCommand } from './commands'
import type { EditError } from './errors'
import { labelFor } from './labels'
import { beginEditing, type EditState, withAnalysis } from './state'

/**
 * An editing session: the page being edited plus its history. This is what the renderer's
 * state store holds; every function returns a new session and leaves the old one intact.
 */
export interface EditSession<S extends EditState> {
  readonly state: S
  readonly history: History
}

export type SessionResult<S extends EditState> =
  | { readonly ok: true; readonly session: EditSession<S>; readonly changes: ChangeSet }
  | { readonly ok: false; readonly error: EditError }

/** Starts a session on a page (the trash is made explicit so undo restores it exactly). */
export function startSession<S extends EditState>(state: S, historyLimit?: number): EditSession<S> {
  return { state: beginEditing(state), history: createHistory(historyLimit) }
}

/**
 * Runs one command and records it as one history entry (or, inside an open batch, as part of
 * the batch). A machine re-analysis is `{ type: 'replace-analysis' }` with origin 'machine'.
 */
export function execute<S extends EditState>(session: EditSession<S>, command: EditCommand, origin: ChangeOrigin = 'editor'): SessionResult<S> {
  const result = applyCommand(session.state, command)
  if (!result.ok) return result
  const history = session.history.batch ? session.history : record(session.history, labelFor(command), origin, result.changes)
  return { ok: true, session: { state: result.state, history }, changes: result.changes }
}

/**
 * Runs several commands as one undoable step; all or nothing: if one is refused, the session
 * is returned unchanged with that command's error.
 */
export function executeBatch<S extends EditState>(
  session: EditSession<S>,
  commands: readonly EditCommand[],
  label: HistoryLabel,
  origin: ChangeOrigin = 'editor'
): SessionResult<S> {
  let current = beginBatch(session, label, origin)
  for (const command of commands) {
    const result = execute(current, command, origin)
    if (!result.ok) return result
    current = result.session
  }
  const done = commitBatch(current)
  const last = done.history.done[done.history.done.length - 1]
  const changes = last && last !== session.history.done[session.history.done.length - 1] ? last.changes : EMPTY_CHANGE_SET
  return { ok: true, session: done, changes }
}

/** Opens a batch (e.g. when a boundary drag starts); commands until `commitBatch` form one entry. */
export function beginBatch<S extends EditState>(session: EditSession<S>, label: HistoryLabel, origin: ChangeOrigin = 'editor'): EditSession<S> {
  return { ...session, history: openBatch(session.history, label, origin, session.state.analysis) }
}

/** Closes the open batch as one history entry. */
export function commitBatch<S extends EditState>(session: EditSession<S>): EditSession<S> {
  return { ...session, history: closeBatch(session.history, session.state.analysis) }
}

/** Abandons the open batch and rolls the page back to where the batch began (a cancelled drag). */
export function cancelBatch<S extends EditState>(session: EditSession<S>): EditSession<S> {
  const { history, before } = dropBatch(session.history)
  return { state: before ? withAnalysis(session.state, before) : session.state, history }
}

export type StepResult<S extends EditState> = { readonly session: EditSession<S>; readonly entry: HistoryEntry } | undefined

/** Undoes the latest entry; undefined when there is nothing to undo. */
export function undo<S extends EditState>(session: EditSession<S>): StepResult<S> {
  const step = undoHistory(session.history, session.state.analysis)
  return step && { session: { state: withAnalysis(session.state, step.analysis), history: step.history }, entry: step.entry }
}

/** Redoes the latest undone entry; undefined when there is nothing to redo. */
export function redo<S extends EditState>(session: EditSession<S>): StepResult<S> {
  const step = redoHistory(session.history, session.state.analysis)
  return step && { session: { state: withAnalysis(session.state, step.analysis), history: step.history }, entry: step.entry }
}
