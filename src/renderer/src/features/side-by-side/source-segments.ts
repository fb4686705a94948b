/** A run of source text: either inside one article's range or between articles. */
export interface SourceSegment {
  readonly start: number
  readonly end: number
  readonly articleId: string | null
  /** Reading-order index of the article (for its tint), or null between articles. */
  readonly articleIndex: number | null
}

interface RangeLike {
  readonly id: string
  readonly sourceStart: number
  readonly sourceEnd: number
}

/**
 * Cuts the source text [0, length) into segments by article range, in text order. Ranges are
 * UTF-16 half-open; overlapping ranges are clipped to the earlier article so every character is
 * drawn once, and out-of-bounds ranges are clamped rather than trusted.
 */
export function sourceSegments(length: number, articles: readonly RangeLike[]): SourceSegment[] {
  const ranges = articles
    .map((article, index) => ({ article, index }))
    .sort((a, b) => a.article.sourceStart - b.article.sourceStart || a.index - b.index)
  const segments: SourceSegment[] = []
  let cursor = 0
  for (const { article, index } of ranges) {
    const start = Math.max(cursor, Math.min(article.sourceStart, length))
    const end = Math.min(Math.max(article.sourceEnd, 0), length)
    if (end <= start) continue
    if (start > cursor) segments.push({ start: cursor, end: start, articleId: null, articleIndex: null })
    segments.push({ start, end, articleId: article.id, articleIndex: index })
    cursor = end
  }
  if (cursor < length) segments.push({ start: cursor, end: length, articleId: null, articleIndex: null })
  return segments
}
