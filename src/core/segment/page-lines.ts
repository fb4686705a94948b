/** One paragraph ("line") of the derived text: its offsets in the derived text and its content. */
export interface PageLine {
  readonly index: number
  /** Derived-text offset of the first character. */
  readonly start: number
  /** Derived-text offset just past the last character. */
  readonly end: number
  readonly text: string
}

/** Splits the derived text into its non-empty lines. */
export function splitPageLines(text: string): PageLine[] {
  const lines: PageLine[] = []
  let start = 0
  while (start <= text.length) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    if (end > start) lines.push({ index: lines.length, start, end, text: text.slice(start, end) })
    start = end + 1
  }
  return lines
}
