import { z } from 'zod'
import { editionSchema } from '../model/edition'
import { SCHEMA_VERSIONS } from './schema-versions'

/**
 * editions/<id>.json at the current schemaVersion. `journalSeq` is the sequence number of the
 * last journal edit already folded into `edition`: on start, journal entries above it are
 * replayed, those at or below it are skipped (docs/storage.md, "Journal").
 */
export const editionFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSIONS.edition),
  journalSeq: z.number().int().nonnegative(),
  edition: editionSchema
})
export type EditionFile = z.infer<typeof editionFileSchema>
