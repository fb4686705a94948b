import { z } from 'zod'
import { pageAnalysisSchema } from './analysis'

/** Text encodings Galley can decode a page file from. */
export const SOURCE_ENCODINGS = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030', 'big5'] as const
export const sourceEncodingSchema = z.enum(SOURCE_ENCODINGS)
export type SourceEncoding = z.infer<typeof sourceEncodingSchema>

/** One newspaper page: its immutable source text and the (corrected) analysis of it. */
export const pageSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  encoding: sourceEncodingSchema,
  /** The decoded page text, BOM removed. Never changes after import. */
  sourceText: z.string(),
  importedAt: z.string(),
  analysis: pageAnalysisSchema
})
export type Page = z.infer<typeof pageSchema>

export const editionMetaSchema = z.object({
  newspaper: z.string().trim().min(1).max(200),
  /** ISO date of the issue, YYYY-MM-DD. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  issueNumber: z.string().max(50).nullable().default(null)
})
export type EditionMeta = z.infer<typeof editionMetaSchema>

/** An issue of a paper as curated in Galley. */
export const editionSchema = editionMetaSchema.extend({
  id: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  pages: z.array(pageSchema)
})
export type Edition = z.infer<typeof editionSchema>
