import { FULL_WIDTH_OF, isChineseContext, isLayoutSpace } from './chars'

/** A half-width punctuation mark to typeset full-width: its source offset and replacement. */
export interface WidthChange {
  readonly offset: number
  readonly after: string
}

function neighbourLeft(source: string, i: number, lineStart: number): number {
  for (let j = i - 1; j >= lineStart; j--) {
    const c = source.charCodeAt(j)
    if (c !== 0x20 && c !== 0x09) return c
  }
  return -1
}

function neighbourRight(source: string, i: number, lineEnd: number): number {
  for (let j = i + 1; j < lineEnd; j++) {
    const c = source.charCodeAt(j)
    if (c !== 0x20 && c !== 0x09) return c
  }
  return -1
}

/**
 * Finds ASCII , ( ) : ; ? ! inside one line that stand in Chinese context (a Chinese character
 * or full-width mark right before or after them, spaces skipped) and should be full-width.
 * "1,000", "10:30" and English text keep their ASCII marks. A matched pair of parentheses is
 * converted together, so "(ABCP)" becomes "（ABCP）" and "(1)" before Chinese text becomes "（1）".
 */
export function findWidthChanges(source: string, lineStart: number, lineEnd: number, out: WidthChange[]): void {
  const openStack: number[] = []
  // Decisions for parentheses are deferred until their partner is seen.
  const parenDecision = new Map<number, boolean>()
  const startIndex = out.length
  for (let i = lineStart; i < lineEnd; i++) {
    const code = source.charCodeAt(i)
    if (code > 0x3f || !FULL_WIDTH_OF.has(code) || isLayoutSpace(code)) continue
    const chinese = isChineseContext(neighbourLeft(source, i, lineStart)) || isChineseContext(neighbourRight(source, i, lineEnd))
    if (code === 0x28) {
      openStack.push(i)
      parenDecision.set(i, chinese)
    } else if (code === 0x29) {
      const open = openStack.pop()
      if (open === undefined) {
        parenDecision.set(i, chinese)
      } else {
        const both = chinese || parenDecision.get(open) === true
        parenDecision.set(open, both)
        parenDecision.set(i, both)
      }
    } else if (chinese) {
      out.push({ offset: i, after: FULL_WIDTH_OF.get(code) as string })
    }
  }
  if (parenDecision.size === 0) return
  for (const [offset, convert] of parenDecision) {
    if (convert) out.push({ offset, after: source.charCodeAt(offset) === 0x28 ? '（' : '）' })
  }
  // Keep the line's changes in source order (parentheses were appended out of order).
  const lineChanges = out.splice(startIndex).sort((a, b) => a.offset - b.offset)
  for (const change of lineChanges) out.push(change)
}
