/**
 * Where an article boundary may go: the start edge snaps to the start of a line, the end edge to
 * the end of a line (before its line feed), so a drag or an arrow key never cuts a line in two.
 * Blank lines are skipped when stepping, as an editor means "the next line of text".
 */
export function snapBoundary(text: string, offset: number, edge: 'start' | 'end'): number {
  const at = Math.max(0, Math.min(text.length, offset))
  if (edge === 'start') return text.lastIndexOf('\n', at - 1) + 1
  const feed = text.indexOf('\n', at)
  return trimCr(text, feed < 0 ? text.length : feed)
}

/** The next (delta 1) or previous (-1) boundary position of a non-blank line from `offset`. */
export function stepBoundary(text: string, offset: number, edge: 'start' | 'end', delta: 1 | -1): number {
  let at = offset
  for (;;) {
    const next = edge === 'start'
      ? delta > 0 ? text.indexOf('\n', at) + 1 : text.lastIndexOf('\n', at - 2) + 1
      : delta > 0 ? snapBoundary(text, text.indexOf('\n', at) + 1, 'end') : snapBoundary(text, Math.max(0, text.lastIndexOf('\n', at - 1)), 'end')
    if (next <= 0 || next === at || (delta > 0 && edge === 'start' && next === 0)) return edge === 'start' && delta < 0 ? 0 : at
    if (next >= text.length) return edge === 'end' ? text.length : at
    at = next
    const lineStart = edge === 'start' ? at : text.lastIndexOf('\n', at - 1) + 1
    const lineEnd = edge === 'start' ? snapBoundary(text, at, 'end') : at
    if (text.slice(lineStart, lineEnd).trim() !== '') return at
  }
}

function trimCr(text: string, end: number): number {
  return end > 0 && text.charCodeAt(end - 1) === 13 ? end - 1 : end
}
