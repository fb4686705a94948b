import type { z } from 'zod'
import { catalogFileSchema } from './catalog-file'
import { editionFileSchema } from './edition-file'
import { lexiconFileSchema } from './lexicon-file'
import { migrateToCurrent } from './migrations'
import type { StoredFileKind } from './schema-versions'
import { settingsFileSchema } from './settings-file'

/** The zod schema of each stored file at the current schemaVersion. */
export const STORED_FILE_SCHEMAS = {
  catalog: catalogFileSchema,
  edition: editionFileSchema,
  lexicon: lexiconFileSchema,
  settings: settingsFileSchema
} as const

export type StoredFileData<K extends StoredFileKind> = z.infer<(typeof STORED_FILE_SCHEMAS)[K]>

/** What a parsed JSON value turned out to be. */
export type ParsedStoredFile<K extends StoredFileKind> =
  | { readonly status: 'ok'; readonly data: StoredFileData<K>; readonly migratedFrom: number | null; readonly steps: readonly string[] }
  | { readonly status: 'newer'; readonly version: number }
  | { readonly status: 'invalid'; readonly reason: string }

/** Migrates and validates the parsed JSON of a stored file. Pure: the caller did the reading. */
export function parseStoredFile<K extends StoredFileKind>(kind: K, value: unknown): ParsedStoredFile<K> {
  const outcome = migrateToCurrent(kind, value)
  if (outcome.status === 'newer' || outcome.status === 'invalid') return outcome
  const result = STORED_FILE_SCHEMAS[kind].safeParse(outcome.raw)
  if (!result.success) {
    const issue = result.error.issues[0]
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : ''
    return { status: 'invalid', reason: `the content does not match the ${kind} schema${where}: ${issue?.message ?? 'invalid'}` }
  }
  return {
    status: 'ok',
    data: result.data as StoredFileData<K>,
    migratedFrom: outcome.status === 'migrated' ? outcome.fromVersion : null,
    steps: outcome.status === 'migrated' ? outcome.steps : []
  }
}
