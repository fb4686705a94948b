import type { SourceSegment } from './source-segments'

/**
 * Groups source segments into chunks that each end right after a line feed (or at the end of
 * the text), splitting a between-articles segment after its first line feed when needed. A
 * chunk drawn as a block renders exactly like the same text inline — a block ending in "\n" looks
 * like a line that ends there — so the pane looks unchanged, but each chunk can be laid out on
 * its own (content-visibility), which keeps a correction on a long page from relaying out the
 * whole page. The concatenated chunks are still exactly the source text.
 */
export function sourceChunks(text: string, segments: readonly SourceSegment[]): SourceSegment[][] {
  const chunks: SourceSegment[][] = []
  let current: SourceSegment[] = []
  const close = (): void => {
    if (current.length > 0) chunks.push(current)
    current = []
  }
  for (const segment of segments) {
    if (segment.articleId !== null) {
      current.push(segment)
      if (text.charCodeAt(segment.end - 1) === 10) close()
      continue
    }
    const feed = text.indexOf('\n', segment.start)
    if (feed < 0 || feed >= segment.end) {
      current.push(segment)
      continue
    }
    current.push({ ...segment, end: feed + 1 })
    close()
    if (feed + 1 < segment.end) current.push({ ...segment, start: feed + 1 })
  }
  close()
  return chunks
}
