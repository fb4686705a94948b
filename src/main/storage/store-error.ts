import type { ErrorCode } from '../../shared/errors'

/** An edition-store failure with a code the IPC layer forwards and a message a person can act on. */
export class StoreError extends Error {
  override readonly name = 'StoreError'
  readonly code: ErrorCode

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.code = code
  }
}

/** True for a StoreError, including one from another copy of this module (bundled twice). */
export function isStoreError(error: unknown): error is StoreError {
  return error instanceof StoreError || (error instanceof Error && error.name === 'StoreError' && 'code' in error)
}

/** The errno code of a Node system error, if it is one. */
export function errnoCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined
}

/** Turns a failed write into a StoreError that says what to do about it. */
export function writeFailure(file: string, error: unknown): StoreError {
  const code = errnoCode(error)
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new StoreError('STORE_WRITE_FAILED', `Could not save ${file}: the disk is full. Free some space and save again; nothing already saved was changed.`, { cause: error })
  }
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
    return new StoreError('STORE_READ_ONLY', `Could not save ${file}: the data folder cannot be written to (${code}). Check its permissions or choose another data folder; nothing already saved was changed.`, { cause: error })
  }
  const detail = error instanceof Error ? error.message : String(error)
  return new StoreError('STORE_WRITE_FAILED', `Could not save ${file} (${detail}). Nothing already saved was changed; try again.`, { cause: error })
}
