/** The editing core: pure commands on a page, their validation, and the editing session. */
export { applyCommand, type CommandResult } from './apply-command'
export type { Direction, EditableFields, EditCommand, EditCommandType } from './commands'
export { EDIT_ERROR_CODES, type EditError, type EditErrorCode } from './errors'
export { HISTORY_LABEL_KEYS, labelFor, type HistoryLabelKey } from './labels'
export { rebaseSpan, type RebaseResult, type Span, type TextEdit } from './rebase'
export { TYPO_REPAIR_KIND } from './repairs'
export { deriveRanges, deriveSpan, type DerivedRanges, type TextPiece } from '../text/derive'
export { deriveBody, deriveFields, fieldGroupOf, type FieldGroup } from './fields'
export { parseByline, type BylineNames } from './byline'
export { beginEditing, type EditState } from './state'
export { validatePage, PAGE_ISSUE_CODES, type PageIssue, type PageIssueCode, type PageValidation } from './validate'
export {
  beginBatch,
  cancelBatch,
  commitBatch,
  execute,
  executeBatch,
  redo,
  startSession,
  undo,
  type EditSession,
  type SessionResult,
  type StepResult
} from './session'
export { advanceReview } from './review'
