import { z } from 'zod'
import { articleSchema, pageAnalysisSchema, reviewStateSchema } from '../model/analysis'
import { type Edition, editionMetaSchema, editionSchema, pageSchema } from '../model/edition'

/**
 * One edit the renderer autosaves between full saves. Each kind carries the whole new value of
 * what it touches (never a delta against state the store might not have), so replaying an edit
 * twice gives the same result as replaying it once.
 */
export const journalEditSchema = z.discriminatedUnion('kind', [
  // Spelled out rather than editionMetaSchema.partial(): zod 4 would fill issueNumber's default
  // into an edit that did not mention it and erase the stored number.
  z.object({
    kind: z.literal('set-meta'),
    payload: z.object({
      newspaper: editionMetaSchema.shape.newspaper.optional(),
      date: editionMetaSchema.shape.date.optional(),
      issueNumber: z.string().max(50).nullable().optional()
    })
  }),
  z.object({ kind: z.literal('replace-page-analysis'), payload: z.object({ pageId: z.string(), analysis: pageAnalysisSchema }) }),
  z.object({ kind: z.literal('replace-article'), payload: z.object({ pageId: z.string(), article: articleSchema }) }),
  z.object({ kind: z.literal('remove-article'), payload: z.object({ pageId: z.string(), articleId: z.string() }) }),
  z.object({
    kind: z.literal('set-article-review'),
    payload: z.object({ pageId: z.string(), articleId: z.string(), review: reviewStateSchema })
  }),
  z.object({ kind: z.literal('add-page'), payload: z.object({ page: pageSchema }) }),
  z.object({ kind: z.literal('remove-page'), payload: z.object({ pageId: z.string() }) }),
  z.object({ kind: z.literal('replace-edition'), payload: z.object({ edition: editionSchema }) })
])
export type JournalEdit = z.infer<typeof journalEditSchema>
export type JournalEditKind = JournalEdit['kind']

/**
 * A journal line: editions/<id>.journal holds one of these per line (JSON Lines), appended and
 * fsynced before appendEdit resolves. `seq` grows by one per edit of that edition and never
 * restarts, even when the journal is compacted after a save.
 */
export const journalRecordSchema = z.object({
  v: z.literal(1),
  seq: z.number().int().positive(),
  at: z.string(),
  editionId: z.string(),
  edit: journalEditSchema
})
export type JournalRecord = z.infer<typeof journalRecordSchema>

/** Thrown when an edit refers to a page or article the edition does not have. */
export class JournalEditError extends Error {
  override readonly name = 'JournalEditError'
}

function pageIndex(edition: Edition, pageId: string): number {
  const index = edition.pages.findIndex((page) => page.id === pageId)
  if (index < 0) throw new JournalEditError(`Edition ${edition.id} has no page "${pageId}".`)
  return index
}

function withPage(edition: Edition, pageId: string, update: (page: Edition['pages'][number]) => Edition['pages'][number]): Edition {
  const index = pageIndex(edition, pageId)
  const pages = edition.pages.slice()
  pages[index] = update(pages[index] as Edition['pages'][number])
  return { ...edition, pages }
}

/** Applies one edit to an edition and returns the new edition (the input is not modified). */
export function applyJournalEdit(edition: Edition, edit: JournalEdit, at: string): Edition {
  const next = applyEdit(edition, edit)
  return { ...next, updatedAt: at }
}

function applyEdit(edition: Edition, edit: JournalEdit): Edition {
  switch (edit.kind) {
    case 'set-meta':
      return {
        ...edition,
        ...(edit.payload.newspaper !== undefined ? { newspaper: edit.payload.newspaper } : {}),
        ...(edit.payload.date !== undefined ? { date: edit.payload.date } : {}),
        ...(edit.payload.issueNumber !== undefined ? { issueNumber: edit.payload.issueNumber } : {})
      }
    case 'replace-page-analysis':
      return withPage(edition, edit.payload.pageId, (page) => ({ ...page, analysis: edit.payload.analysis }))
    case 'replace-article':
      return withPage(edition, edit.payload.pageId, (page) => {
        const articles = page.analysis.articles.slice()
        const index = articles.findIndex((article) => article.id === edit.payload.article.id)
        if (index < 0) articles.push(edit.payload.article)
        else articles[index] = edit.payload.article
        return { ...page, analysis: { ...page.analysis, articles } }
      })
    case 'remove-article':
      return withPage(edition, edit.payload.pageId, (page) => ({
        ...page,
        analysis: { ...page.analysis, articles: page.analysis.articles.filter((article) => article.id !== edit.payload.articleId) }
      }))
    case 'set-article-review':
      return withPage(edition, edit.payload.pageId, (page) => {
        if (!page.analysis.articles.some((article) => article.id === edit.payload.articleId)) {
          throw new JournalEditError(`Page ${page.id} has no article "${edit.payload.articleId}".`)
        }
        const articles = page.analysis.articles.map((article) =>
          article.id === edit.payload.articleId ? { ...article, review: edit.payload.review } : article)
        return { ...page, analysis: { ...page.analysis, articles } }
      })
    case 'add-page':
      if (edition.pages.some((page) => page.id === edit.payload.page.id)) {
        throw new JournalEditError(`Edition ${edition.id} already has a page "${edit.payload.page.id}".`)
      }
      return { ...edition, pages: [...edition.pages, edit.payload.page] }
    case 'remove-page':
      pageIndex(edition, edit.payload.pageId)
      return { ...edition, pages: edition.pages.filter((page) => page.id !== edit.payload.pageId) }
    case 'replace-edition':
      if (edit.payload.edition.id !== edition.id) {
        throw new JournalEditError(`A replace-edition edit for ${edit.payload.edition.id} cannot apply to ${edition.id}.`)
      }
      return edit.payload.edition
    default:
      return assertNever(edit)
  }
}

function assertNever(value: never): never {
  throw new JournalEditError(`Unknown journal edit: ${JSON.stringify(value)}`)
}
