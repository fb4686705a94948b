import type { NormalisedText } from '../model/ports'

/** A half-open span of UTF-16 offsets into the source text. */
export interface SourceSpan {
  readonly sourceStart: number
  readonly sourceEnd: number
}

/** A half-open span of UTF-16 offsets into the derived text. */
export interface DerivedSpan {
  readonly start: number
  readonly end: number
}

/**
 * Maps a derived span to the source: from its first character's source offset to just past its
 * last character's, so a span across a joined column break covers the break in the source.
 * An empty span maps to an empty span at the corresponding source offset.
 */
export function toSourceSpan(normalised: Pick<NormalisedText, 'toSource' | 'text'>, start: number, end: number): SourceSpan {
  const map = normalised.toSource
  const length = normalised.text.length
  const s = Math.max(0, Math.min(start, length))
  const e = Math.max(s, Math.min(end, length))
  const sourceStart = map[s] as number
  if (e === s) return { sourceStart, sourceEnd: sourceStart }
  const sourceEnd = Math.max(sourceStart, (map[e - 1] as number) + 1)
  return { sourceStart, sourceEnd }
}

/**
 * The derived offset of the first derived character that comes from `sourceOffset` or later
 * (binary search; toSource is non-decreasing). Source offsets inside removed text (a column
 * break, a doubled character) land on the next surviving character.
 */
export function toDerivedOffset(normalised: Pick<NormalisedText, 'toSource' | 'text'>, sourceOffset: number): number {
  const map = normalised.toSource
  let lo = 0
  let hi = normalised.text.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((map[mid] as number) < sourceOffset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Maps a source span (e.g. an editor's selection) to the derived text. */
export function toDerivedSpan(normalised: Pick<NormalisedText, 'toSource' | 'text'>, sourceStart: number, sourceEnd: number): DerivedSpan {
  const start = toDerivedOffset(normalised, sourceStart)
  const end = Math.max(start, toDerivedOffset(normalised, sourceEnd))
  return { start, end }
}
