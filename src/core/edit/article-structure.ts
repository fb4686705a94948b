import type { Article, PageAnalysis, ReviewState } from '../../shared/model/analysis'
import type { EditCommand } from './commands'
import { editError } from './errors'
import { done, type Outcome, refused } from './outcome'
import { partition, type RangeTarget } from './partition'
import { splitsCharacter } from './source-chars'
import { type EditState, indexOfArticle, isIdTaken, sourceNeighbours } from './state'

/** Split, merge, move a line, drag a boundary: commands that move text between articles. */

type Command<T extends EditCommand['type']> = Extract<EditCommand, { type: T }>

function findArticle(analysis: PageAnalysis, articleId: string): { article: Article; index: number } | undefined {
  const index = indexOfArticle(analysis, articleId)
  const article = analysis.articles[index]
  return article ? { article, index } : undefined
}

function notFound(articleId: string): Outcome {
  return refused(editError('ARTICLE_NOT_FOUND', `No article "${articleId}" on this page.`))
}

function checkOffset(source: string, offset: number): Outcome | undefined {
  if (!Number.isInteger(offset) || offset < 0 || offset > source.length) {
    return refused(editError('OFFSET_OUT_OF_RANGE', `Offset ${offset} is outside the page text (0–${source.length}).`))
  }
  if (splitsCharacter(source, offset)) return refused(editError('SPLITS_CHARACTER', `Offset ${offset} falls inside a character.`))
  return undefined
}

/**
 * Re-deals `pooled` articles over `targets` and writes the result back: targets replace the
 * pooled articles at their reading positions; a target whose base is not on the page is
 * inserted at `insertAt`. Every other article keeps its identity (structural sharing).
 */
function repartition(state: EditState, pooled: readonly Article[], targets: readonly RangeTarget[], insertAt?: number): Outcome {
  const { sourceText, analysis } = state
  const result = partition(sourceText, analysis.repairs, pooled, targets)
  const empty = result.articles.find((a) => a.lines.length === 0)
  if (empty) return refused(editError('ARTICLE_WOULD_BE_EMPTY', `Article "${empty.id}" would be left without text.`))
  const byId = new Map(result.articles.map((a) => [a.id, a]))
  const articles: Article[] = []
  for (const article of analysis.articles) {
    const replacement = byId.get(article.id)
    if (replacement) {
      articles.push(replacement)
      byId.delete(article.id)
    } else if (!pooled.includes(article)) {
      articles.push(article)
    }
  }
  if (byId.size > 0) articles.splice(insertAt ?? articles.length, 0, ...byId.values())
  return done({ ...analysis, articles })
}

/** Splits an article at a caret offset: the text from the caret on becomes a new article after it. */
export function splitArticle(state: EditState, command: Command<'split-article'>): Outcome {
  const found = findArticle(state.analysis, command.articleId)
  if (!found) return notFound(command.articleId)
  const { article, index } = found
  const bad = checkOffset(state.sourceText, command.at)
  if (bad) return bad
  if (isIdTaken(state.analysis, command.newArticleId)) return refused(editError('ID_TAKEN', `Id "${command.newArticleId}" is already used.`))
  const edge = (): Outcome => refused(editError('SPLIT_AT_EDGE', 'Splitting here would leave one part without text; place the caret inside the article.'))
  if (command.at <= article.sourceStart || command.at >= article.sourceEnd) return edge()
  const created: Article = {
    ...article,
    id: command.newArticleId,
    kicker: null,
    headline: '',
    subheadlines: [],
    reporters: [],
    photographers: [],
    dateline: null,
    body: '',
    lines: [],
    entities: []
  }
  const outcome = repartition(
    state,
    [article],
    [
      { base: article, sourceStart: article.sourceStart, sourceEnd: command.at },
      { base: created, sourceStart: command.at, sourceEnd: article.sourceEnd }
    ],
    index + 1
  )
  return !outcome.ok && outcome.error.code === 'ARTICLE_WOULD_BE_EMPTY' ? edge() : outcome
}

const REVIEW_RANK: Record<ReviewState, number> = { auto: 0, reviewed: 1, approved: 2 }

/**
 * Merges an article with its previous or next article in source order. The earlier article
 * survives (id, kind, reading position); the review state is the lower of the two, because
 * approval of half an article is not approval of the whole.
 */
export function mergeArticle(state: EditState, command: Command<'merge-article'>): Outcome {
  const found = findArticle(state.analysis, command.articleId)
  if (!found) return notFound(command.articleId)
  const { previous, next } = sourceNeighbours(state.analysis, found.article)
  const other = command.direction === 'previous' ? previous : next
  if (!other) {
    return command.direction === 'previous'
      ? refused(editError('NO_PREVIOUS_ARTICLE', 'This is the first article on the page: there is nothing before it to merge with.'))
      : refused(editError('NO_NEXT_ARTICLE', 'This is the last article on the page: there is nothing after it to merge with.'))
  }
  const [first, second] = command.direction === 'previous' ? [other, found.article] : [found.article, other]
  const review = REVIEW_RANK[first.review] <= REVIEW_RANK[second.review] ? first.review : second.review
  return repartition(state, [first, second], [{ base: { ...first, review }, sourceStart: first.sourceStart, sourceEnd: second.sourceEnd }])
}

/**
 * Moves an article's first line to the previous article or its last line to the next one (in
 * source order); the boundary between the two moves to the line's edge.
 */
export function moveLine(state: EditState, command: Command<'move-line'>): Outcome {
  const found = findArticle(state.analysis, command.articleId)
  if (!found) return notFound(command.articleId)
  const { article } = found
  const at = article.lines.findIndex((l) => l.sourceStart === command.lineStart)
  const line = article.lines[at]
  if (!line) return refused(editError('LINE_NOT_FOUND', `Article "${article.id}" has no line starting at ${command.lineStart}.`))
  if (article.lines.length === 1) return refused(editError('ARTICLE_WOULD_BE_EMPTY', 'This is the article’s only line: merge the article instead.'))
  const { previous, next } = sourceNeighbours(state.analysis, article)
  if (command.direction === 'previous') {
    if (!previous) return refused(editError('NO_PREVIOUS_ARTICLE', 'There is no article before this one.'))
    if (at !== 0) return refused(editError('LINE_NOT_AT_EDGE', 'Only the first line can move to the previous article.'))
    return repartition(state, [previous, article], [
      { base: previous, sourceStart: previous.sourceStart, sourceEnd: line.sourceEnd },
      { base: article, sourceStart: line.sourceEnd, sourceEnd: article.sourceEnd }
    ])
  }
  if (!next) return refused(editError('NO_NEXT_ARTICLE', 'There is no article after this one.'))
  if (at !== article.lines.length - 1) return refused(editError('LINE_NOT_AT_EDGE', 'Only the last line can move to the next article.'))
  return repartition(state, [article, next], [
    { base: article, sourceStart: article.sourceStart, sourceEnd: line.sourceStart },
    { base: next, sourceStart: line.sourceStart, sourceEnd: next.sourceEnd }
  ])
}

/**
 * Moves one edge of an article to a new source offset (a drag in the source pane). A neighbour
 * whose range the edge enters gives that text up; a neighbour that shared the boundary follows
 * it; text released into no article's range becomes uncovered.
 */
export function moveBoundary(state: EditState, command: Command<'move-boundary'>): Outcome {
  const found = findArticle(state.analysis, command.articleId)
  if (!found) return notFound(command.articleId)
  const { article } = found
  const bad = checkOffset(state.sourceText, command.to)
  if (bad) return bad
  const to = command.to
  const crosses = (): Outcome => refused(editError('BOUNDARY_CROSSES_ARTICLE', 'A boundary cannot pass the far edge of an article; merge the articles instead.'))
  const { previous, next } = sourceNeighbours(state.analysis, article)
  if (command.edge === 'end') {
    if (to === article.sourceEnd) return done(state.analysis)
    if (to <= article.sourceStart) return crosses()
    const targets: RangeTarget[] = [{ base: article, sourceStart: article.sourceStart, sourceEnd: to }]
    const pooled: Article[] = [article]
    if (next && (to > next.sourceStart || next.sourceStart === article.sourceEnd)) {
      if (to >= next.sourceEnd) return crosses()
      targets.push({ base: next, sourceStart: to, sourceEnd: next.sourceEnd })
      pooled.push(next)
    }
    return repartition(state, pooled, targets)
  }
  if (to === article.sourceStart) return done(state.analysis)
  if (to >= article.sourceEnd) return crosses()
  const targets: RangeTarget[] = []
  const pooled: Article[] = []
  if (previous && (to < previous.sourceEnd || previous.sourceEnd === article.sourceStart)) {
    if (to <= previous.sourceStart) return crosses()
    targets.push({ base: previous, sourceStart: previous.sourceStart, sourceEnd: to })
    pooled.push(previous)
  }
  targets.push({ base: article, sourceStart: to, sourceEnd: article.sourceEnd })
  pooled.push(article)
  return repartition(state, pooled, targets)
}
