import { z } from 'zod'
import type { Edition } from '../model/edition'

/** How many articles of an edition are in each review state. */
export const reviewProgressSchema = z.object({
  auto: z.number().int().nonnegative(),
  reviewed: z.number().int().nonnegative(),
  approved: z.number().int().nonnegative()
})
export type ReviewProgress = z.infer<typeof reviewProgressSchema>

/** Counts the articles of every page by review state. */
export function computeReviewProgress(edition: Pick<Edition, 'pages'>): ReviewProgress {
  const progress = { auto: 0, reviewed: 0, approved: 0 }
  for (const page of edition.pages) {
    for (const article of page.analysis.articles) progress[article.review] += 1
  }
  return progress
}

/** Number of articles across all pages. */
export function countArticles(edition: Pick<Edition, 'pages'>): number {
  let count = 0
  for (const page of edition.pages) count += page.analysis.articles.length
  return count
}
