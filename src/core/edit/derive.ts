import type { Repair } from '../../shared/model/analysis'

/**
 * Derived (repaired) text of source ranges, with a piece map back to the source. This is the
 * one definition of "the repaired text" inside the editing core: article bodies, headline fields
 * and entity quotes are all computed here, and `validatePage` checks them against it.
 *
 * Rules (they match src/core/text's builder): an applied repair stands in for its source range
 * when the range lies inside the text being derived; a repair that starts in one range and ends
 * inside the next (a line or column-break join) bridges the two; ranges not bridged by a repair
 * are separated by `separator`.
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
    const next = ranges[i + 1]
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
