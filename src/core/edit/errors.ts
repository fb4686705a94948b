/**
 * Why an editing command was refused. Every code names something the editor can act on; the UI
 * maps it to an i18n message (`edit.error.<code>`), the `message` is for logs and the CLI.
 */
export const EDIT_ERROR_CODES = [
  'ARTICLE_NOT_FOUND',
  'DELETED_ARTICLE_NOT_FOUND',
  'LINE_NOT_FOUND',
  'ENTITY_NOT_FOUND',
  'REPAIR_NOT_FOUND',
  'ID_TAKEN',
  'OFFSET_OUT_OF_RANGE',
  /** The offset falls between the two halves of a surrogate pair or of a CRLF. */
  'SPLITS_CHARACTER',
  /** A split whose caret leaves one side without a line (at or next to the article's edge). */
  'SPLIT_AT_EDGE',
  'NO_PREVIOUS_ARTICLE',
  'NO_NEXT_ARTICLE',
  /** Only the first (last) line of an article can move to the previous (next) article. */
  'LINE_NOT_AT_EDGE',
  /** The command would leave an article without any line; merge or delete it instead. */
  'ARTICLE_WOULD_BE_EMPTY',
  /** A boundary dragged past the far edge of the neighbouring article, or past its own start. */
  'BOUNDARY_CROSSES_ARTICLE',
  /** A restored article's range is now (partly) part of another article. */
  'RANGE_TAKEN',
  'SPAN_OUTSIDE_ARTICLE',
  'EMPTY_SPAN',
  'ENTITY_EXISTS',
  'TYPO_CROSSES_PARAGRAPH',
  /** The typo range touches text a machine repair produced: revert that repair first. */
  'TYPO_OVERLAPS_REPAIR',
  'INVALID_INDEX'
] as const

export type EditErrorCode = (typeof EDIT_ERROR_CODES)[number]

/** A refused command: the state is unchanged. */
export interface EditError {
  readonly code: EditErrorCode
  readonly message: string
}

/** Builds an EditError. */
export function editError(code: EditErrorCode, message: string): EditError {
  return { code, message }
}

/** Ends an exhaustive switch over a closed union; unreachable when the union is handled in full. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled variant: ${JSON.stringify(value)}`)
}
