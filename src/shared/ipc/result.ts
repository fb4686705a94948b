import type { ErrorInfo } from '../errors'

/**
 * What every IPC request resolves to. Requests never reject across the bridge: a failure is a
 * value with a code the UI can explain, so no caller forgets a try/catch.
 */
export type IpcResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: ErrorInfo }

/** Wraps a value as a successful result. */
export function ok<T>(value: T): IpcResult<T> {
  return { ok: true, value }
}

/** Wraps an error as a failed result. */
export function fail<T = never>(error: ErrorInfo): IpcResult<T> {
  return { ok: false, error }
}
