import type { HistoryLabel } from '../history/history'
import type { EditCommand } from './commands'
import { assertNever } from './errors'

/** Every key `labelFor` can return: the renderer's locale files must define each (zh-CN and en). */
export const HISTORY_LABEL_KEYS = [
  'history.splitArticle',
  'history.mergeWithPrevious',
  'history.mergeWithNext',
  'history.moveLineToPrevious',
  'history.moveLineToNext',
  'history.moveBoundary',
  'history.setArticleKind',
  'history.setLineRole',
  'history.editFields',
  'history.reorderArticle',
  'history.deleteArticle',
  'history.restoreArticle',
  'history.setReview',
  'history.revertRepair',
  'history.reapplyRepair',
  'history.fixTypo',
  'history.addEntity',
  'history.removeEntity',
  'history.retypeEntity',
  'history.resizeEntity',
  'history.reanalyse'
] as const

export type HistoryLabelKey = (typeof HISTORY_LABEL_KEYS)[number]

/**
 * The history-list label of a command: an i18n key under `history.` (translated by the
 * renderer), with parameters the message may show.
 */
export function labelFor(command: EditCommand): HistoryLabel & { readonly key: HistoryLabelKey } {
  switch (command.type) {
    case 'split-article':
      return { key: 'history.splitArticle' }
    case 'merge-article':
      return { key: command.direction === 'previous' ? 'history.mergeWithPrevious' : 'history.mergeWithNext' }
    case 'move-line':
      return { key: command.direction === 'previous' ? 'history.moveLineToPrevious' : 'history.moveLineToNext' }
    case 'move-boundary':
      return { key: 'history.moveBoundary' }
    case 'set-article-kind':
      return { key: 'history.setArticleKind', params: { kind: command.kind } }
    case 'set-line-role':
      return { key: 'history.setLineRole', params: { role: command.role } }
    case 'set-article-fields':
      return { key: 'history.editFields' }
    case 'reorder-article':
      return { key: 'history.reorderArticle', params: { position: command.toIndex + 1 } }
    case 'delete-article':
      return { key: 'history.deleteArticle' }
    case 'restore-article':
      return { key: 'history.restoreArticle' }
    case 'set-review':
      return { key: 'history.setReview', params: { review: command.review } }
    case 'set-repair-applied':
      return { key: command.applied ? 'history.reapplyRepair' : 'history.revertRepair' }
    case 'fix-typo':
      return { key: 'history.fixTypo', params: { text: command.replacement } }
    case 'add-entity':
      return { key: 'history.addEntity', params: { type: command.entityType } }
    case 'remove-entity':
      return { key: 'history.removeEntity' }
    case 'retype-entity':
      return { key: 'history.retypeEntity', params: { type: command.entityType } }
    case 'resize-entity':
      return { key: 'history.resizeEntity' }
    case 'replace-analysis':
      return { key: 'history.reanalyse' }
    default:
      return assertNever(command)
  }
}
