/** Number of article tints (--tint-0 … --tint-5 in app.css). */
const TINTS = 6

/**
 * An article's tint, from its id rather than its position, so an article keeps its colour when
 * a split, merge or reorder renumbers the articles around it (the colours double as a page map).
 */
export function tintOf(articleId: string): number {
  let hash = 0
  for (let i = 0; i < articleId.length; i++) hash = (hash * 31 + articleId.charCodeAt(i)) | 0
  return Math.abs(hash) % TINTS
}
