import type { ErrorCode } from '../../shared/errors'

/** An error with a shared code and a message a person can act on; the router passes both on. */
export class AppError extends Error {
  override readonly name = 'AppError'
  constructor(
    readonly code: ErrorCode,
    message: string
  ) {
    super(message)
  }
}
