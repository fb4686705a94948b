import { z } from 'zod'
import { entityTypeSchema } from '../model/analysis'
import { SCHEMA_VERSIONS } from './schema-versions'

/** A name the editor taught Galley: the tagger recognises it (and its aliases) as `type`. */
export const lexiconEntrySchema = z.object({
  id: z.string(),
  text: z.string().min(1),
  type: entityTypeSchema,
  aliases: z.array(z.string()).default([]),
  note: z.string().nullable().default(null),
  addedAt: z.string()
})
export type LexiconEntry = z.infer<typeof lexiconEntrySchema>

export const lexiconSchema = z.object({
  entries: z.array(lexiconEntrySchema)
})
export type Lexicon = z.infer<typeof lexiconSchema>

/** lexicon.json */
export const lexiconFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSIONS.lexicon),
  lexicon: lexiconSchema
})
export type LexiconFile = z.infer<typeof lexiconFileSchema>

/** The lexicon of a fresh data folder. */
export function emptyLexicon(): Lexicon {
  return { entries: [] }
}
