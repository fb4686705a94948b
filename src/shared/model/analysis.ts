import { z } from 'zod'

/**
 * The analysis domain: what the extraction engine produces for one page and what an editor
 * corrects. All offsets are UTF-16 code units into the page's immutable source text,
 * half-open [start, end). See docs/domain-model.md.
 */

export const ENTITY_TYPES = ['PERSON', 'ORG', 'PLACE', 'TIME', 'QUANTITY', 'WORK', 'EVENT', 'OTHER'] as const
export const entityTypeSchema = z.enum(ENTITY_TYPES)
export type EntityType = z.infer<typeof entityTypeSchema>

export const ARTICLE_KINDS = ['news', 'photo', 'brief', 'other'] as const
export const articleKindSchema = z.enum(ARTICLE_KINDS)
export type ArticleKind = z.infer<typeof articleKindSchema>

export const LINE_ROLES = ['kicker', 'headline', 'subheadline', 'byline', 'dateline', 'body', 'caption'] as const
export const lineRoleSchema = z.enum(LINE_ROLES)
export type LineRole = z.infer<typeof lineRoleSchema>

/** Which part of the engine (or the editor) produced an entity. */
export const ENTITY_SIGNALS = ['model', 'rule', 'lexicon', 'editor'] as const
export const entitySignalSchema = z.enum(ENTITY_SIGNALS)
export type EntitySignal = z.infer<typeof entitySignalSchema>

export const REVIEW_STATES = ['auto', 'reviewed', 'approved'] as const
export const reviewStateSchema = z.enum(REVIEW_STATES)
export type ReviewState = z.infer<typeof reviewStateSchema>

const offset = z.number().int().nonnegative()

/** A change normalisation made to the source, which the editor can see and revert. */
export const repairSchema = z.object({
  id: z.string(),
  /** 'column-break' (a blank-line break joined; a character doubled across it removed too), 'line-join' (a hard wrap joined), 'punct-width' (ASCII punctuation made full-width); see src/core/text/normalise.ts */
  kind: z.string(),
  sourceStart: offset,
  sourceEnd: offset,
  /** Exactly sourceText.slice(sourceStart, sourceEnd). */
  before: z.string(),
  after: z.string(),
  /** false when the editor reverted it. */
  applied: z.boolean()
})
export type Repair = z.infer<typeof repairSchema>

export const entitySchema = z.object({
  id: z.string(),
  type: entityTypeSchema,
  /** The repaired surface form (no column breaks); the source quote is sourceText.slice(start, end). */
  text: z.string(),
  sourceStart: offset,
  sourceEnd: offset,
  confidence: z.number().min(0).max(1),
  signal: entitySignalSchema
})
export type Entity = z.infer<typeof entitySchema>

/** One source line of an article and the role it plays (headline, byline, body…). */
export const articleLineSchema = z.object({
  role: lineRoleSchema,
  sourceStart: offset,
  sourceEnd: offset
})
export type ArticleLine = z.infer<typeof articleLineSchema>

export const articleSchema = z.object({
  id: z.string(),
  kind: articleKindSchema,
  kicker: z.string().nullable(),
  headline: z.string(),
  subheadlines: z.array(z.string()),
  reporters: z.array(z.string()),
  photographers: z.array(z.string()),
  dateline: z.string().nullable(),
  /** Repaired body text, paragraphs joined by "\n". */
  body: z.string(),
  sourceStart: offset,
  sourceEnd: offset,
  lines: z.array(articleLineSchema),
  entities: z.array(entitySchema),
  review: reviewStateSchema
})
export type Article = z.infer<typeof articleSchema>

/** Everything the engine derives from one page's source text. */
export const pageAnalysisSchema = z.object({
  articles: z.array(articleSchema),
  repairs: z.array(repairSchema),
  /** Articles the editor deleted, kept so they can be restored (src/core/edit). Absent = none. */
  deletedArticles: z.array(articleSchema).optional()
})
export type PageAnalysis = z.infer<typeof pageAnalysisSchema>
