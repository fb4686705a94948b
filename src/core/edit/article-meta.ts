import type { Article, PageAnalysis } from '../../shared/model/analysis'
import type { EditCommand } from './commands'
import { editError } from './errors'
import { deriveSpan } from '../text/derive'
import { FIELD_GROUPS, refreshFields } from './fields'
import { done, type Outcome, refused } from './outcome'
import { type EditState, indexOfArticle, replaceArticles } from './state'

/** Commands on one article that move no text: kind, line roles, fields, order, trash, review. */

type Command<T extends EditCommand['type']> = Extract<EditCommand, { type: T }>

function withArticle(state: EditState, articleId: string, update: (article: Article) => Article | Outcome): Outcome {
  const index = indexOfArticle(state.analysis, articleId)
  const article = state.analysis.articles[index]
  if (!article) return refused(editError('ARTICLE_NOT_FOUND', `No article "${articleId}" on this page.`))
  const next = update(article)
  if ('ok' in next) return next
  if (next === article) return done(state.analysis)
  return done(replaceArticles(state.analysis, new Map([[index, next]])))
}

/** Changes an article's kind (news, photo, brief, other). */
export function setArticleKind(state: EditState, command: Command<'set-article-kind'>): Outcome {
  return withArticle(state, command.articleId, (a) => (a.kind === command.kind ? a : { ...a, kind: command.kind }))
}

/** Sets an article's review state; any state may follow any other (an editor can withdraw approval). */
export function setReview(state: EditState, command: Command<'set-review'>): Outcome {
  return withArticle(state, command.articleId, (a) => (a.review === command.review ? a : { ...a, review: command.review }))
}

/**
 * Changes one line's role and recomputes the fields fed by its old and new roles (a body line
 * turned headline leaves the body and becomes the headline); other fields keep their values.
 */
export function setLineRole(state: EditState, command: Command<'set-line-role'>): Outcome {
  return withArticle(state, command.articleId, (article) => {
    const at = article.lines.findIndex((l) => l.sourceStart === command.lineStart)
    const line = article.lines[at]
    if (!line) return refused(editError('LINE_NOT_FOUND', `Article "${article.id}" has no line starting at ${command.lineStart}.`))
    if (line.role === command.role) return article
    const lines = article.lines.slice()
    lines[at] = { ...line, role: command.role }
    return { ...article, ...refreshFields(state.sourceText, state.analysis.repairs, article, lines), lines }
  })
}

/** Sets the fields an editor types directly (headline, kicker, subheadlines, byline names, dateline). */
export function setArticleFields(state: EditState, command: Command<'set-article-fields'>): Outcome {
  return withArticle(state, command.articleId, (article) => {
    const f = command.fields
    const same = (a: readonly string[] | undefined, b: readonly string[]): boolean => a === undefined || (a.length === b.length && a.every((x, i) => x === b[i]))
    if (
      (f.kicker === undefined || f.kicker === article.kicker) &&
      (f.headline === undefined || f.headline === article.headline) &&
      (f.dateline === undefined || f.dateline === article.dateline) &&
      same(f.subheadlines, article.subheadlines) &&
      same(f.reporters, article.reporters) &&
      same(f.photographers, article.photographers)
    ) {
      return article // nothing to record in the history
    }
    const next: Article = {
      ...article,
      ...(f.kicker !== undefined ? { kicker: f.kicker } : {}),
      ...(f.headline !== undefined ? { headline: f.headline } : {}),
      ...(f.subheadlines !== undefined ? { subheadlines: [...f.subheadlines] } : {}),
      ...(f.reporters !== undefined ? { reporters: [...f.reporters] } : {}),
      ...(f.photographers !== undefined ? { photographers: [...f.photographers] } : {}),
      ...(f.dateline !== undefined ? { dateline: f.dateline } : {})
    }
    return next
  })
}

/** Moves an article to another position in reading order; source ranges do not change. */
export function reorderArticle(state: EditState, command: Command<'reorder-article'>): Outcome {
  const { articles } = state.analysis
  const from = indexOfArticle(state.analysis, command.articleId)
  const article = articles[from]
  if (!article) return refused(editError('ARTICLE_NOT_FOUND', `No article "${command.articleId}" on this page.`))
  if (!Number.isInteger(command.toIndex) || command.toIndex < 0 || command.toIndex >= articles.length) {
    return refused(editError('INVALID_INDEX', `Position ${command.toIndex} is outside 0–${articles.length - 1}.`))
  }
  if (from === command.toIndex) return done(state.analysis)
  const next = articles.slice()
  next.splice(from, 1)
  next.splice(command.toIndex, 0, article)
  return done({ ...state.analysis, articles: next })
}

/** Moves an article to the page's trash; its text becomes uncovered until it is restored. */
export function deleteArticle(state: EditState, command: Command<'delete-article'>): Outcome {
  const index = indexOfArticle(state.analysis, command.articleId)
  const article = state.analysis.articles[index]
  if (!article) return refused(editError('ARTICLE_NOT_FOUND', `No article "${command.articleId}" on this page.`))
  const articles = state.analysis.articles.slice()
  articles.splice(index, 1)
  return done({ ...state.analysis, articles, deletedArticles: [...(state.analysis.deletedArticles ?? []), article] })
}

/** Re-derives an article's texts against the current repairs (they may have changed while it was in the trash). */
function refreshTexts(state: EditState, article: Article): Article {
  const { sourceText, analysis } = state
  const fields = refreshFields(sourceText, analysis.repairs, article, article.lines, new Set(FIELD_GROUPS.filter((g) => g === 'body')))
  const entities = article.entities.map((e) => {
    const text = deriveSpan(sourceText, analysis.repairs, e.sourceStart, e.sourceEnd)
    return text === e.text ? e : { ...e, text }
  })
  return { ...article, ...fields, entities }
}

/**
 * Brings a deleted article back, at the reading position after its source predecessor. Refused
 * when another article has since taken part of its range.
 */
export function restoreArticle(state: EditState, command: Command<'restore-article'>): Outcome {
  const analysis: PageAnalysis = state.analysis
  const trash = analysis.deletedArticles ?? []
  const at = trash.findIndex((a) => a.id === command.articleId)
  const deleted = trash[at]
  if (!deleted) return refused(editError('DELETED_ARTICLE_NOT_FOUND', `No deleted article "${command.articleId}" to restore.`))
  if (analysis.articles.some((a) => a.id === deleted.id)) return refused(editError('ID_TAKEN', `Id "${deleted.id}" is in use again.`))
  const taken = analysis.articles.find((a) => a.sourceStart < deleted.sourceEnd && deleted.sourceStart < a.sourceEnd)
  if (taken) return refused(editError('RANGE_TAKEN', `Article "${taken.id}" now covers part of this article's text.`))
  let insertAt = 0
  let best = -1
  analysis.articles.forEach((a, i) => {
    if (a.sourceStart < deleted.sourceStart && a.sourceStart > best) {
      best = a.sourceStart
      insertAt = i + 1
    }
  })
  const articles = analysis.articles.slice()
  articles.splice(insertAt, 0, refreshTexts(state, deleted))
  const rest = trash.slice()
  rest.splice(at, 1)
  return done({ ...analysis, articles, deletedArticles: rest })
}
