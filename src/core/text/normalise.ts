import type { Repair } from '../../shared/model/analysis'
import type { NormalisedText } from '../model/ports'
import { buildDerived } from './build'
import { isHighSurrogate, isLowSurrogate } from './chars'
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
    if (breaksParagraph(left, right)) {
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

  // Walk lines in order, emitting width changes and joins so repairs come out sorted.
  let wi = 0
  let consumedTo = 0
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k] as SourceLine
    const join = joins[k]
    // Context characters a join repair takes over: the last of this line, the first of the next.
    let joinStart = -1
    if (join) {
      const lastStart = codePointStart(source, line.end)
      joinStart = lastStart >= consumedTo && lastStart >= line.start ? lastStart : line.end
    }
    while (wi < widthChanges.length && (widthChanges[wi] as WidthChange).offset < line.end) {
      const change = widthChanges[wi++] as WidthChange
      if (change.offset < consumedTo) continue
      if (joinStart >= 0 && change.offset >= joinStart) continue
      push(REPAIR_KINDS.punctWidth, change.offset, change.offset + 1, change.after)
    }
    if (!join) continue
    const rightFirstEnd = codePointEnd(source, join.right.start)
    const kind = join.right.breaksBefore >= 2 ? REPAIR_KINDS.columnBreak : REPAIR_KINDS.lineJoin
    const leftPart = joinStart < line.end ? (widthAt.get(joinStart) ?? source.slice(joinStart, line.end)) : ''
    const rightPart = join.doubled ? '' : (widthAt.get(join.right.start) ?? source.slice(join.right.start, rightFirstEnd))
    push(kind, joinStart, rightFirstEnd, leftPart + rightPart)
    consumedTo = rightFirstEnd
  }

  const derived = buildDerived(source, lines, repairs)
  return { source, text: derived.text, toSource: derived.toSource, repairs }
}
