/**
 * The schemaVersion this build writes for each stored file. A file with a higher number was
 * written by a newer Galley: it is opened read-only (or not at all) and never overwritten.
 * Bump a number only together with a migration in ./migrations (one file per step).
 */
export const SCHEMA_VERSIONS = {
  catalog: 1,
  edition: 2,
  lexicon: 1,
  settings: 1
} as const

export type StoredFileKind = keyof typeof SCHEMA_VERSIONS
