import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { countBoundaryMatches, precisionRecall } from '../../../../src/core/segment/boundary-score'

/** The official scorer's algorithm, verbatim in spirit (../shared/tools/score-extraction.mjs). */
function official(text: string, gold: number[], predicted: number[]): { tp: number; fp: number; fn: number } {
  const gap = (a: number, b: number): boolean => /^\s*$/.test(text.slice(Math.min(a, b), Math.max(a, b)))
  const gs = gold.slice(1)
  const ps = [...predicted].sort((x, y) => x - y).slice(1)
  const used = new Set<number>()
  let tp = 0
  let fp = 0
  for (const s of ps) {
    const k = gs.findIndex((x, j) => !used.has(j) && gap(x, s))
    if (k >= 0) {
      used.add(k)
      tp++
    } else fp++
  }
  return { tp, fp, fn: gs.length - used.size }
}

describe('countBoundaryMatches', () => {
  it('counts a start as matched when only whitespace separates it from a gold start', () => {
    const text = '标题一\n\n正文。\n\n标题二\n\n正文。'
    expect(countBoundaryMatches(text, [0, 10], [0, 8])).toEqual({ tp: 1, fp: 0, fn: 0 })
    expect(countBoundaryMatches(text, [0, 10], [0, 5])).toEqual({ tp: 0, fp: 1, fn: 1 })
  })

  it('agrees with the official scorer on random pages and starts', () => {
    const page = fc.array(fc.constantFrom('甲', '乙', '\n', ' ', '\n\n', '。'), { minLength: 1, maxLength: 60 }).map((a) => a.join(''))
    fc.assert(
      fc.property(page, fc.array(fc.nat(), { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 8 }), (text, g, p) => {
        const gold = [...new Set(g.map((x) => x % (text.length + 1)))].sort((a, b) => a - b)
        const predicted = p.map((x) => x % (text.length + 1))
        expect(countBoundaryMatches(text, gold, predicted)).toEqual(official(text, gold, predicted))
      }),
      { numRuns: 500 }
    )
  })

  it('rounds like the scorer', () => {
    expect(precisionRecall({ tp: 2, fp: 1, fn: 1 })).toEqual({ p: 0.667, r: 0.667, f1: 0.667 })
    expect(precisionRecall({ tp: 0, fp: 0, fn: 0 })).toEqual({ p: 0, r: 0, f1: 0 })
  })
})
