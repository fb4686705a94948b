import { isEol, isLayoutSpace } from './chars'

/** One non-blank source line with its surrounding layout whitespace trimmed. */
export interface SourceLine {
  /** Offset of the first content character. */
  readonly start: number
  /** Offset just past the last content character. */
  readonly end: number
  /** Line breaks between the previous line's content and this one (0 for the first line). */
  readonly breaksBefore: number
}

/**
 * Splits source text into its non-blank lines, trimmed of layout whitespace (spaces, ideographic
 * spaces, BOM). LF, CRLF and lone CR all end a line. One pass, no regular expressions.
 */
export function scanLines(source: string): SourceLine[] {
  const lines: SourceLine[] = []
  const n = source.length
  let i = 0
  let breaks = 0
  while (i < n) {
    // Skip layout whitespace, counting line breaks (CRLF counts once).
    let code = source.charCodeAt(i)
    if (isLayoutSpace(code)) {
      if (isEol(code)) {
        if (!(code === 0x0d && i + 1 < n && source.charCodeAt(i + 1) === 0x0a)) breaks++
      }
      i++
      continue
    }
    // A content run: up to the end of the line, then trim trailing layout whitespace.
    const start = i
    let end = i
    while (i < n) {
      code = source.charCodeAt(i)
      if (isEol(code)) break
      i++
      if (!isLayoutSpace(code)) end = i
    }
    lines.push({ start, end, breaksBefore: lines.length === 0 ? 0 : breaks })
    breaks = 0
  }
  return lines
}
