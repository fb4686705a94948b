import type { Repair } from '../../shared/model/analysis'
import { isLayoutSpace } from './chars'

/**
 * Derived (repaired) text of source ranges, with a piece map back to the source. This is the
 * one definition of "the repaired text" of part of a page: the segmenter's article fields, the
 * editing core's re-derived fields and entity quotes are all computed here, and the editing
 * core's `validatePage` checks them against it.
 *
 * Rules (they match the builder in ./build): an applied repair stands in for its source range
 * when the range lies inside the text being derived; a repair that reaches from one range into
 * the next (a line or column-break join) bridges the two, but only when nothing but layout
 * whitespace lies between them, since a join only ever removes a line break; ranges not bridged
 * by a repair are separated by `separator`.
 */

/** A run of derived text and where it comes from. */
export interface TextPiece {
  readonly kind: 'source' | 'repair' | 'break'
  readonly derivedStart: number
  readonly derivedEnd: number
  readonly sourceStart: number
  readonly sourceEnd: number
  /** The repair behind a 'repair' piece. */
  readonly repair?: Repair
}

export interface DerivedRanges {
  readonly text: string
  readonly pieces: readonly TextPiece[]
}

interface Range {
  readonly sourceStart: number
  readonly sourceEnd: number
}

const sortedApplied = new WeakMap<readonly Repair[], readonly Repair[]>()

/** The applied, non-empty repairs sorted by start; memoised per repairs array (they are immutable). */
export function appliedRepairs(repairs: readonly Repair[]): readonly Repair[] {
  let sorted = sortedApplied.get(repairs)
  if (!sorted) {
    sorted = repairs.filter((r) => r.applied && r.sourceEnd > r.sourceStart).sort((a, b) => a.sourceStart - b.sourceStart)
    sortedApplied.set(repairs, sorted)
  }
  return sorted
}

/** Index of the first repair starting at or after `offset`. */
function lowerBound(repairs: readonly Repair[], offset: number): number {
  let lo = 0
  let hi = repairs.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((repairs[mid] as Repair).sourceStart < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * True when only layout whitespace lies in [start, end): two ranges this close can be one
 * paragraph cut by a break. Any other text between them (a byline's "报道：", a credit) belongs
 * to lines not being derived, and a repair touching it must not be pulled in.
 */
function onlyLayoutBetween(source: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isLayoutSpace(source.charCodeAt(i))) return false
  return true
}

/**
 * Derives the repaired text of sorted, non-overlapping source ranges. Linear in the text produced
 * plus a binary search per range.
 */
export function deriveRanges(source: string, repairs: readonly Repair[], ranges: readonly Range[], separator: string): DerivedRanges {
  const applied = appliedRepairs(repairs)
  const parts: string[] = []
  const pieces: TextPiece[] = []
  let length = 0
  const push = (kind: TextPiece['kind'], text: string, sourceStart: number, sourceEnd: number, repair?: Repair): void => {
    if (text.length === 0 && kind !== 'repair') return
    parts.push(text)
    pieces.push({ kind, derivedStart: length, derivedEnd: length + text.length, sourceStart, sourceEnd, ...(repair ? { repair } : {}) })
    length += text.length
  }

  let carry = -1 // where a bridging repair ended, inside the next range
  for (let i = 0; i < ranges.length; i++) {
    const range = ranges[i] as Range
    const following = ranges[i + 1]
    // The next range, when a repair could join this one to it.
    const next = following && onlyLayoutBetween(source, range.sourceEnd, following.sourceStart) ? following : undefined
    if (i > 0 && carry < 0) push('break', separator, range.sourceStart, range.sourceStart)
    let pos = Math.max(range.sourceStart, carry)
    carry = -1
    let j = lowerBound(applied, pos)
    for (;;) {
      const repair = applied[j]
      if (repair && repair.sourceStart < range.sourceEnd) {
        if (repair.sourceEnd <= range.sourceEnd) {
          push('source', source.slice(pos, repair.sourceStart), pos, repair.sourceStart)
          push('repair', repair.after, repair.sourceStart, repair.sourceEnd, repair)
          pos = repair.sourceEnd
          j++
          continue
        }
        if (next && repair.sourceEnd <= next.sourceEnd) {
          push('source', source.slice(pos, repair.sourceStart), pos, repair.sourceStart)
          push('repair', repair.after, repair.sourceStart, repair.sourceEnd, repair)
          carry = Math.max(repair.sourceEnd, next.sourceStart)
          break
        }
        j++ // reaches outside what is being derived: not applied here
        continue
      }
      push('source', source.slice(pos, range.sourceEnd), pos, range.sourceEnd)
      // A repair starting in the gap before the next range joins the two.
      if (next && repair && repair.sourceStart < next.sourceStart && repair.sourceEnd > range.sourceEnd && repair.sourceEnd <= next.sourceEnd) {
        push('repair', repair.after, repair.sourceStart, repair.sourceEnd, repair)
        carry = Math.max(repair.sourceEnd, next.sourceStart)
      }
      break
    }
  }
  return { text: parts.join(''), pieces }
}

/** The repaired text of one source span (an entity's quote). */
export function deriveSpan(source: string, repairs: readonly Repair[], start: number, end: number): string {
  return deriveRanges(source, repairs, [{ sourceStart: start, sourceEnd: end }], '').text
}
