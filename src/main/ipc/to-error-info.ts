import { isErrorCode, type ErrorInfo } from '../../shared/errors'

/**
 * Turns anything a handler threw into the `{code, message}` that crosses to the renderer.
 * Coded errors (StoreError, decode errors, AppError) keep their code and actionable message;
 * anything else is a bug, reported as INTERNAL without leaking a stack trace.
 */
export function toErrorInfo(error: unknown): ErrorInfo {
  if (typeof error === 'object' && error !== null) {
    const { code, message } = error as { code?: unknown; message?: unknown }
    if (isErrorCode(code) && typeof message === 'string' && message.length > 0) {
      return { code, message }
    }
  }
  const detail = error instanceof Error ? error.message : String(error)
  return {
    code: 'INTERNAL',
    message: `Galley hit an unexpected error (${detail}). Try again; if it persists, restart Galley and report it.`
  }
}
