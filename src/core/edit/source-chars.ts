import type { ArticleLine, LineRole } from '../../shared/model/analysis'

/**
 * The few character tests the editing core needs on source text. Kept local (rather than shared
 * with src/core/text) so the edit commands do not depend on the normaliser's internals.
 */

/** Layout whitespace: spaces, tabs, ideographic space, NBSP, BOM and line ends. */
export function isLayoutSpace(code: number): boolean {
  return (
    code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0b || code === 0x0c ||
    code === 0x3000 || code === 0xa0 || code === 0xfeff || code === 0x2028 || code === 0x2029
  )
}

function isEol(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029
}

/**
 * True when `offset` cuts a character in two: between a high and a low surrogate, or between the
 * CR and LF of a CRLF. Offsets 0 and text.length are always boundaries.
 */
export function splitsCharacter(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false
  const before = text.charCodeAt(offset - 1)
  const after = text.charCodeAt(offset)
  if (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff) return true
  return before === 0x0d && after === 0x0a
}

/** Narrows [start, end) to its content, trimming layout whitespace on both sides. */
export function trimRange(text: string, start: number, end: number): { start: number; end: number } {
  let s = start
  let e = end
  while (s < e && isLayoutSpace(text.charCodeAt(s))) s++
  while (e > s && isLayoutSpace(text.charCodeAt(e - 1))) e--
  return { start: s, end: e }
}

/** The non-blank source lines inside [start, end), trimmed, each given `role`. */
export function scanLinesIn(text: string, start: number, end: number, role: LineRole): ArticleLine[] {
  const lines: ArticleLine[] = []
  let lineStart = start
  for (let i = start; i <= end; i++) {
    if (i === end || isEol(text.charCodeAt(i))) {
      const trimmed = trimRange(text, lineStart, i)
      if (trimmed.start < trimmed.end) lines.push({ role, sourceStart: trimmed.start, sourceEnd: trimmed.end })
      lineStart = i + 1
    }
  }
  return lines
}
