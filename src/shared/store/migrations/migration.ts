import type { StoredFileKind } from '../schema-versions'

/**
 * One step of a stored file's schema, from `from` to `from + 1`. `migrate` takes the parsed JSON
 * of a file at version `from` (shape not yet validated) and returns the JSON at `from + 1`.
 * Each migration lives in its own file with a fixture at the old version and a test.
 */
export interface Migration {
  readonly kind: StoredFileKind
  readonly from: number
  readonly describe: string
  migrate(raw: Record<string, unknown>): Record<string, unknown>
}
