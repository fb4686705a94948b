/**
 * Error codes shared by every process: main throws typed errors carrying one of these, the IPC
 * layer returns `{ ok: false, error: { code, message } }`, the renderer and the CLI show the
 * message. Add codes additively; never rename one (stored logs and tests refer to them).
 */
export const ERROR_CODES = [
  // Generic
  'INVALID_INPUT',
  'NOT_FOUND',
  'INTERNAL',
  // Edition store (src/main/storage, docs/storage.md)
  'STORE_LOCKED',
  'STORE_DAMAGED',
  'STORE_NEWER_VERSION',
  'STORE_READ_ONLY',
  'STORE_WRITE_FAILED',
  'STORE_CLOSED',
  // IPC (src/main/ipc, docs/ipc.md)
  'FORBIDDEN_SENDER',
  'UNKNOWN_ROUTE',
  // Page files (src/main/services, the open/drop workflow)
  'FILE_NOT_FOUND',
  'FILE_UNREADABLE',
  'FILE_EMPTY',
  'FILE_BINARY',
  'FILE_TOO_LARGE',
  'FILE_UNDECODABLE'
] as const

export type ErrorCode = (typeof ERROR_CODES)[number]

/** The serialisable shape of an error crossing a process boundary. */
export interface ErrorInfo {
  readonly code: ErrorCode
  readonly message: string
}

/** True when `value` is one of the known error codes. */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value)
}
