import { SCHEMA_VERSIONS, type StoredFileKind } from '../schema-versions'
import { editionV1ToV2 } from './edition-v1-to-v2'
import type { Migration } from './migration'

/** Every migration, in order. Add a file and a line here when a schemaVersion is bumped. */
export const MIGRATIONS: readonly Migration[] = [editionV1ToV2]

/** Result of bringing a stored JSON value up to the version this build writes. */
export type MigrationOutcome =
  | { readonly status: 'current'; readonly raw: Record<string, unknown> }
  | { readonly status: 'migrated'; readonly raw: Record<string, unknown>; readonly fromVersion: number; readonly steps: readonly string[] }
  | { readonly status: 'newer'; readonly version: number }
  | { readonly status: 'invalid'; readonly reason: string }

/** Reads `schemaVersion` and runs the migrations from it to the current version. */
export function migrateToCurrent(kind: StoredFileKind, value: unknown): MigrationOutcome {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { status: 'invalid', reason: 'the file does not hold a JSON object' }
  }
  const current = SCHEMA_VERSIONS[kind]
  const version = (value as Record<string, unknown>).schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { status: 'invalid', reason: 'schemaVersion is missing or not a positive integer' }
  }
  if (version > current) return { status: 'newer', version }
  if (version === current) return { status: 'current', raw: value as Record<string, unknown> }
  let raw = value as Record<string, unknown>
  const steps: string[] = []
  for (let from = version; from < current; from += 1) {
    const step = MIGRATIONS.find((migration) => migration.kind === kind && migration.from === from)
    if (!step) return { status: 'invalid', reason: `no migration for ${kind} files from version ${from}` }
    raw = step.migrate(raw)
    steps.push(`${kind} v${from}→v${from + 1}: ${step.describe}`)
  }
  return { status: 'migrated', raw, fromVersion: version, steps }
}
