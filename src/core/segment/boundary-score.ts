import { isLayoutSpace } from '../text/chars'

/** True-positive, false-positive and false-negative article starts. */
export interface BoundaryCounts {
  tp: number
  fp: number
  fn: number
}

export interface PrecisionRecall {
  readonly p: number
  readonly r: number
  readonly f1: number
}

/** Offset of the first non-whitespace character at or after `offset` (text.length if none). */
function nextContent(text: string, offset: number): number {
  let i = Math.max(0, offset)
  while (i < text.length && (isLayoutSpace(text.charCodeAt(i)) || /\s/.test(text.charAt(i)))) i++
  return i
}

/**
 * Scores one page's predicted article starts against the gold starts exactly as the official
 * scorer (../shared/tools/score-extraction.mjs) does: the first article of each is ignored, a
 * predicted start counts when only whitespace lies between it and an unused gold start. Two
 * positions are whitespace-apart exactly when they reach the same next non-space character,
 * which makes this linear instead of quadratic.
 */
export function countBoundaryMatches(text: string, goldStarts: readonly number[], predictedStarts: readonly number[]): BoundaryCounts {
  const gold = goldStarts.slice(1)
  const predicted = [...predictedStarts].sort((a, b) => a - b).slice(1)
  const unused = new Map<number, number>()
  for (const g of gold) {
    const key = nextContent(text, g)
    unused.set(key, (unused.get(key) ?? 0) + 1)
  }
  let tp = 0
  let fp = 0
  for (const p of predicted) {
    const key = nextContent(text, p)
    const left = unused.get(key) ?? 0
    if (left > 0) {
      unused.set(key, left - 1)
      tp++
    } else {
      fp++
    }
  }
  return { tp, fp, fn: gold.length - tp }
}

/** Adds `more` into `into`. */
export function addCounts(into: BoundaryCounts, more: BoundaryCounts): BoundaryCounts {
  into.tp += more.tp
  into.fp += more.fp
  into.fn += more.fn
  return into
}

/** Precision, recall and F1, rounded to three decimals like the official scorer. */
export function precisionRecall({ tp, fp, fn }: BoundaryCounts): PrecisionRecall {
  const p = tp / (tp + fp || 1)
  const r = tp / (tp + fn || 1)
  const f1 = (2 * p * r) / (p + r || 1)
  const round = (x: number): number => +x.toFixed(3)
  return { p: round(p), r: round(r), f1: round(f1) }
}
