import { type ChangeSet, diffAnalysis, EMPTY_CHANGE_SET } from '../history/change-set'
import { moveBoundary, moveLine, mergeArticle, splitArticle } from './article-structure'
import {
  deleteArticle,
  reorderArticle,
  restoreArticle,
  setArticleFields,
  setArticleKind,
  setLineRole,
  setReview
} from './article-meta'
import type { EditCommand } from './commands'
import { addEntity, removeEntity, resizeEntity, retypeEntity } from './entities'
import { assertNever, type EditError } from './errors'
import { done, type Outcome } from './outcome'
import { fixTypo, setRepairApplied } from './repairs'
import { type EditState, withAnalysis } from './state'

/** The result of one command: the new state and what changed, or why it was refused. */
export type CommandResult<S extends EditState> =
  | { readonly ok: true; readonly state: S; readonly changes: ChangeSet }
  | { readonly ok: false; readonly error: EditError }

function run(state: EditState, command: EditCommand): Outcome {
  switch (command.type) {
    case 'split-article':
      return splitArticle(state, command)
    case 'merge-article':
      return mergeArticle(state, command)
    case 'move-line':
      return moveLine(state, command)
    case 'move-boundary':
      return moveBoundary(state, command)
    case 'set-article-kind':
      return setArticleKind(state, command)
    case 'set-line-role':
      return setLineRole(state, command)
    case 'set-article-fields':
      return setArticleFields(state, command)
    case 'reorder-article':
      return reorderArticle(state, command)
    case 'delete-article':
      return deleteArticle(state, command)
    case 'restore-article':
      return restoreArticle(state, command)
    case 'set-review':
      return setReview(state, command)
    case 'set-repair-applied':
      return setRepairApplied(state, command)
    case 'fix-typo':
      return fixTypo(state, command)
    case 'add-entity':
      return addEntity(state, command)
    case 'remove-entity':
      return removeEntity(state, command)
    case 'retype-entity':
      return retypeEntity(state, command)
    case 'resize-entity':
      return resizeEntity(state, command)
    case 'replace-analysis': {
      // A re-analysis starts the trash afresh (its new ids may reuse deleted ones); undo brings it back.
      const trash = command.analysis.deletedArticles ?? (state.analysis.deletedArticles ? [] : undefined)
      return done(trash === undefined ? command.analysis : { ...command.analysis, deletedArticles: trash })
    }
    default:
      return assertNever(command)
  }
}

/**
 * Applies one editing command: `(state, command) -> { state, changes }`. Pure; the input state
 * is never modified and unchanged articles are shared with the result. A refused command
 * returns a typed error and no state.
 */
export function applyCommand<S extends EditState>(state: S, command: EditCommand): CommandResult<S> {
  const outcome = run(state, command)
  if (!outcome.ok) return outcome
  if (outcome.analysis === state.analysis) return { ok: true, state, changes: EMPTY_CHANGE_SET }
  return { ok: true, state: withAnalysis(state, outcome.analysis), changes: diffAnalysis(state.analysis, outcome.analysis) }
}
