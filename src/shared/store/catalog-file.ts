import { z } from 'zod'
import type { Edition } from '../model/edition'
import { computeReviewProgress, countArticles, reviewProgressSchema } from './review-progress'
import { SCHEMA_VERSIONS } from './schema-versions'

/** One line of the edition list, derived from an edition file. */
export const catalogEntrySchema = z.object({
  id: z.string(),
  newspaper: z.string(),
  date: z.string(),
  issueNumber: z.string().nullable(),
  pageCount: z.number().int().nonnegative(),
  articleCount: z.number().int().nonnegative(),
  reviewProgress: reviewProgressSchema,
  updatedAt: z.string()
})
export type CatalogEntry = z.infer<typeof catalogEntrySchema>

/**
 * A catalog line as stored: the entry plus the size and mtime of the edition file it was derived
 * from, so a catalog left stale by a crash is detected with one stat per file instead of a parse.
 */
export const storedCatalogEntrySchema = catalogEntrySchema.extend({
  fileSize: z.number().int().nonnegative(),
  fileMtimeMs: z.number().nonnegative()
})
export type StoredCatalogEntry = z.infer<typeof storedCatalogEntrySchema>

/** catalog.json: derived from the edition files, rebuilt when missing or damaged. */
export const catalogFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSIONS.catalog),
  entries: z.array(storedCatalogEntrySchema)
})
export type CatalogFile = z.infer<typeof catalogFileSchema>

/** Derives the catalog line of an edition. */
export function toCatalogEntry(edition: Edition): CatalogEntry {
  return {
    id: edition.id,
    newspaper: edition.newspaper,
    date: edition.date,
    issueNumber: edition.issueNumber,
    pageCount: edition.pages.length,
    articleCount: countArticles(edition),
    reviewProgress: computeReviewProgress(edition),
    updatedAt: edition.updatedAt
  }
}
