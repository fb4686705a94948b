import type { Article, PageAnalysis } from '../../shared/model/analysis'
import type { Page } from '../../shared/model/edition'

/**
 * What every editing command reads and returns: the page's immutable source text and its
 * analysis. A `Page` satisfies it, so commands can run on stored pages directly and keep every
 * other field (id, file name…) untouched.
 */
export type EditState = Pick<Page, 'sourceText' | 'analysis'>

/** Returns the state with the trash made explicit (`deletedArticles: []`), so undo restores it exactly. */
export function beginEditing<S extends EditState>(state: S): S {
  if (state.analysis.deletedArticles) return state
  return { ...state, analysis: { ...state.analysis, deletedArticles: [] } }
}

/** The same state with a new analysis. */
export function withAnalysis<S extends EditState>(state: S, analysis: PageAnalysis): S {
  return { ...state, analysis }
}

/** Reading-order index of an article, or -1. */
export function indexOfArticle(analysis: PageAnalysis, articleId: string): number {
  return analysis.articles.findIndex((a) => a.id === articleId)
}

/**
 * The article's neighbours in source order (not reading order): the article that ends before it
 * starts and the one that starts after it ends. Articles never overlap, so order by start suffices.
 */
export function sourceNeighbours(analysis: PageAnalysis, article: Article): { previous: Article | undefined; next: Article | undefined } {
  let previous: Article | undefined
  let next: Article | undefined
  for (const other of analysis.articles) {
    if (other === article || other.id === article.id) continue
    if (other.sourceStart < article.sourceStart) {
      if (!previous || other.sourceStart > previous.sourceStart) previous = other
    } else if (!next || other.sourceStart < next.sourceStart) {
      next = other
    }
  }
  return { previous, next }
}

/** True when an article (live or deleted) or an entity already uses this id. */
export function isIdTaken(analysis: PageAnalysis, id: string): boolean {
  const inArticle = (a: Article): boolean => a.id === id || a.entities.some((e) => e.id === id)
  return analysis.articles.some(inArticle) || (analysis.deletedArticles ?? []).some(inArticle)
}

/** Replaces the articles at the given reading-order indices, sharing every other article. */
export function replaceArticles(analysis: PageAnalysis, replacements: ReadonlyMap<number, Article>): PageAnalysis {
  const articles = analysis.articles.slice()
  for (const [index, article] of replacements) articles[index] = article
  return { ...analysis, articles }
}
