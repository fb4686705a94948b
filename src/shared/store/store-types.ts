import { z } from 'zod'
import { editionSchema } from '../model/edition'

/** One previous version of an edition in editions/<id>.history/. */
export const revisionInfoSchema = z.object({
  id: z.string(),
  editionId: z.string(),
  /** When this version of the edition was saved (its updatedAt). */
  savedAt: z.string(),
  sizeBytes: z.number().int().nonnegative()
})
export type RevisionInfo = z.infer<typeof revisionInfoSchema>

/** What getEdition returns: the edition, and whether this build may write it. */
export const openedEditionSchema = z.object({
  edition: editionSchema,
  readOnly: z.boolean(),
  readOnlyReason: z.string().optional()
})
export type OpenedEdition = z.infer<typeof openedEditionSchema>

/** A stored file the store refused: moved to quarantine/, or left alone because it is newer. */
export const storeProblemSchema = z.object({
  id: z.string(),
  kind: z.enum(['quarantined', 'newer-version']),
  /** The file as it was named under the data folder, e.g. "editions/ed-1.json". */
  file: z.string(),
  editionId: z.string().nullable(),
  reason: z.string(),
  detectedAt: z.string(),
  /** Where the damaged bytes were kept, relative to the data folder. */
  quarantinedAs: z.string().nullable(),
  /** The newest revision that reads cleanly, offered to restore. */
  lastGoodRevision: z.string().nullable()
})
export type StoreProblem = z.infer<typeof storeProblemSchema>
