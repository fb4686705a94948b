import type { Repair } from '../../shared/model/analysis'
import type { NormalisedText } from '../model/ports'
import { buildDerived } from './build'
import { isChineseContext, isHighSurrogate, isLowSurrogate } from './chars'
import { breaksParagraph, isDoubledAcrossBreak } from './join'
import { scanLines, type SourceLine } from './lines'
import { findWidthChanges, type WidthChange } from './punct-width'

/** Repair kinds the normaliser produces. */
export const REPAIR_KINDS = {
  /** A paragraph cut by a blank-line column break, joined (and a character doubled across it removed). */
  columnBreak: 'column-break',
  /** A paragraph cut by a single line break (a hard wrap), joined. */
  lineJoin: 'line-join',
  /** An ASCII , ( ) : ; ? ! in Chinese text typeset full-width. */
  punctWidth: 'punct-width'
} as const

/** Deterministic id: kind and source offset, so re-analysing the same text gives the same ids. */
export function repairId(kind: string, sourceStart: number): string {
  return `${kind}@${sourceStart}`
}

function codePointStart(source: string, end: number): number {
  // The start of the code point that ends at `end` (astral characters are two code units).
  if (end >= 2 && isLowSurrogate(source.charCodeAt(end - 1)) && isHighSurrogate(source.charCodeAt(end - 2))) return end - 2
  return end - 1
}

function codePointEnd(source: string, start: number): number {
  if (isHighSurrogate(source.charCodeAt(start)) && isLowSurrogate(source.charCodeAt(start + 1))) return start + 2
  return start + 1
}

/** Latin text on both sides of a joined break: the words need a space between them. */
function spacedJoin(left: number, right: number): boolean {
  return !isChineseContext(left) && !isChineseContext(right) && left !== 0x2d /* - */ && !isHighSurrogate(left) && !isLowSurrogate(right)
}

interface Join {
  readonly left: SourceLine
  readonly right: SourceLine
  readonly doubled: boolean
}

/**
 * Normalises a page: joins paragraphs cut by column breaks and hard wraps, removes a character
 * doubled across such a break, and typesets ASCII punctuation in Chinese text full-width. The
 * source is never changed: the result carries the derived text, the map from every derived
 * offset back to the source, and one Repair per change (blank lines, line ends and indentation
 * between paragraphs are layout, not repairs: the derived text separates paragraphs with "\n").
 * Linear in the length of the source.
 */
export function normalise(source: string): NormalisedText {
  const lines = scanLines(source)
  const contents = lines.map((line) => source.slice(line.start, line.end))

  const joins: (Join | undefined)[] = new Array<Join | undefined>(lines.length)
  for (let k = 0; k + 1 < lines.length; k++) {
    const left = contents[k] as string
    const right = contents[k + 1] as string
    // A line that itself continues a cut paragraph is judged as the middle of a paragraph.
    if (breaksParagraph(left, right, joins[k - 1] !== undefined)) {
      joins[k] = { left: lines[k] as SourceLine, right: lines[k + 1] as SourceLine, doubled: isDoubledAcrossBreak(left, right) }
    }
  }

  const widthChanges: WidthChange[] = []
  for (const line of lines) findWidthChanges(source, line.start, line.end, widthChanges)
  const widthAt = new Map<number, string>()
  for (const change of widthChanges) widthAt.set(change.offset, change.after)

  const repairs: Repair[] = []
  const push = (kind: string, sourceStart: number, sourceEnd: number, after: string): void => {
    repairs.push({
      id: repairId(kind, sourceStart),
      kind,
      sourceStart,
      sourceEnd,
      before: source.slice(sourceStart, sourceEnd),
      after,
      applied: true
    })
  }

  // Walk lines in order, emitting width changes and joins so repairs come out sorted. A join
  // repair quotes the character on each side of the break ("推\n\n进" → "推进") so it reads on
  // its own, but only characters it leaves unchanged: a mark that also changes width gets its
  // own repair, so a span that ends on a context character still reads the same in both texts.
  let wi = 0
  let consumedTo = 0
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k] as SourceLine
    const join = joins[k]
    let joinStart = line.end
    if (join) {
      const lastStart = codePointStart(source, line.end)
      if (lastStart >= consumedTo && lastStart >= line.start && !widthAt.has(lastStart)) joinStart = lastStart
    }
    while (wi < widthChanges.length && (widthChanges[wi] as WidthChange).offset < line.end) {
      const change = widthChanges[wi++] as WidthChange
      if (change.offset < consumedTo) continue
      push(REPAIR_KINDS.punctWidth, change.offset, change.offset + 1, change.after)
    }
    if (!join) continue
    const rightStart = join.right.start
    const rightFirstEnd = codePointEnd(source, rightStart)
    const kind = join.right.breaksBefore >= 2 ? REPAIR_KINDS.columnBreak : REPAIR_KINDS.lineJoin
    const leftPart = source.slice(joinStart, line.end)
    let end = rightStart
    let rightPart = ''
    if (join.doubled) {
      end = rightFirstEnd // the doubled character goes
    } else if (!widthAt.has(rightStart)) {
      end = rightFirstEnd
      rightPart = source.slice(rightStart, rightFirstEnd)
    }
    // Words of Latin text wrapped over two lines keep a space between them; Chinese joins directly.
    const space = spacedJoin(source.charCodeAt(line.end - 1), source.charCodeAt(rightStart)) ? ' ' : ''
    push(kind, joinStart, end, leftPart + space + rightPart)
    consumedTo = end
  }

  const derived = buildDerived(source, lines, repairs)
  return { source, text: derived.text, toSource: derived.toSource, repairs }
}
