import { beginBatch, cancelBatch, commitBatch, execute, labelFor, redo, startSession, undo, type EditCommand, type EditError, type EditSession } from '../../../core/edit'
import type { ChangeOrigin, HistoryEntry } from '../../../core/history'
import type { Article, PageAnalysis } from '../../../shared/model/analysis'
import type { Page } from '../../../shared/model/edition'

/**
 * The open page as an editing session: every correction goes through the core's `execute`, and
 * undo/redo through its history. `revision` counts changes since the page was opened, so the
 * autosave can tell what is already on disk (`savedRevision`) without comparing pages.
 */
export interface PageEditing {
  readonly session: EditSession<Page>
  readonly revision: number
  /** The revision the store holds (journalled or saved); -1 when the page is in no edition yet. */
  readonly savedRevision: number
}

/** An editing step as the reducer sees it (ids of new things are chosen by the caller). */
export type EditStep =
  /** `origin` 'machine' marks an engine re-analysis in the history. */
  | { readonly type: 'edit'; readonly command: EditCommand; readonly origin?: ChangeOrigin }
  | { readonly type: 'undo' }
  | { readonly type: 'redo' }
  /** A boundary drag: the moves between begin and commit are one history entry; cancel rolls them back. */
  | { readonly type: 'begin-batch'; readonly label: EditCommand }
  | { readonly type: 'commit-batch' }
  | { readonly type: 'cancel-batch' }

export type StepOutcome =
  | { readonly ok: true; readonly editing: PageEditing; readonly entry: HistoryEntry | null; readonly undone: boolean }
  | { readonly ok: false; readonly error: EditError | null }

/** Starts editing a page; `saved` says whether the store already holds it as shown. */
export function startEditing(page: Page, saved: boolean): PageEditing {
  return { session: startSession(page), revision: 0, savedRevision: saved ? 0 : -1 }
}

/**
 * Applies one step. A refused command returns its error and changes nothing; undo or redo
 * with nothing to do returns `error: null` (not an error the editor needs to read).
 */
export function applyStep(editing: PageEditing, step: EditStep): StepOutcome {
  switch (step.type) {
    case 'edit': {
      const result = execute(editing.session, step.command, step.origin)
      if (!result.ok) return { ok: false, error: result.error }
      // A command that changed nothing (same kind chosen again) is not a new revision to save.
      if (result.session.state === editing.session.state) return { ok: true, editing, entry: null, undone: false }
      const done = result.session.history.done
      return { ok: true, editing: advance(editing, result.session), entry: done[done.length - 1] ?? null, undone: false }
    }
    case 'begin-batch':
      return { ok: true, editing: { ...editing, session: beginBatch(editing.session, labelFor(step.label)) }, entry: null, undone: false }
    case 'commit-batch': {
      if (!editing.session.history.batch) return { ok: false, error: null }
      const session = commitBatch(editing.session)
      return { ok: true, editing: { ...editing, session }, entry: session.history.done[session.history.done.length - 1] ?? null, undone: false }
    }
    case 'cancel-batch': {
      if (!editing.session.history.batch) return { ok: false, error: null }
      const session = cancelBatch(editing.session)
      return { ok: true, editing: session.state === editing.session.state ? { ...editing, session } : advance(editing, session), entry: null, undone: false }
    }
    case 'undo':
    case 'redo': {
      const stepped = step.type === 'undo' ? undo(editing.session) : redo(editing.session)
      if (!stepped) return { ok: false, error: null }
      return { ok: true, editing: advance(editing, stepped.session), entry: stepped.entry, undone: step.type === 'undo' }
    }
  }
}

function advance(editing: PageEditing, session: EditSession<Page>): PageEditing {
  return { ...editing, session, revision: editing.revision + 1 }
}

/**
 * Which article stays selected after a step: the same one while it exists; otherwise the one
 * that now covers its old text (the survivor of a merge), else none.
 */
export function reselect(before: PageAnalysis, after: PageAnalysis, selectedId: string | null): string | null {
  if (selectedId === null) return null
  if (after.articles.some((a) => a.id === selectedId)) return selectedId
  const old = before.articles.find((a) => a.id === selectedId)
  if (!old) return null
  const cover = after.articles.find((a) => a.sourceStart <= old.sourceStart && old.sourceStart < a.sourceEnd)
  return cover?.id ?? nearest(after.articles, old.sourceStart)?.id ?? null
}

function nearest(articles: readonly Article[], offset: number): Article | undefined {
  let best: Article | undefined
  for (const a of articles) if (!best || Math.abs(a.sourceStart - offset) < Math.abs(best.sourceStart - offset)) best = a
  return best
}

/** True when the store does not hold the latest revision yet. */
export function hasUnsavedChanges(editing: PageEditing): boolean {
  return editing.revision !== editing.savedRevision
}

/** A fresh id for a new article, entity or repair (commands take ids so they stay replayable). */
export function newId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID()}`
}
