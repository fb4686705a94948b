import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { analyzePageDetailed } from '../../../src/core/analyze'
import type { DerivedEntity, EntityRecognizer, WordTagger } from '../../../src/core/model/ports'
import { normalise } from '../../../src/core/text/normalise'
import { rederive } from '../../../src/core/text/rederive'
import type { Repair } from '../../../src/shared/model/analysis'
import { mutatedPageArbitrary, pageArbitrary, spanSeeds } from './page-arbitraries'

/** Splits text into two-character "words" tagged x: enough for the pipeline, no native code. */
const fakeTagger: WordTagger = (text) => {
  const words = []
  for (let i = 0; i < text.length; i += 2) words.push({ word: text.slice(i, i + 2), tag: 'x' })
  return words
}

/** A recogniser that returns the given spans (resolved against the derived text it is handed). */
function spanRecognizer(seeds: readonly (readonly [number, number])[]): EntityRecognizer {
  return {
    recognize(text): DerivedEntity[] {
      if (text.length === 0) return []
      return seeds.map(([at, length], i) => {
        let start = at % text.length
        // Keep surrogate pairs whole, like a real recogniser.
        if (start > 0 && text.charCodeAt(start) >= 0xdc00 && text.charCodeAt(start) <= 0xdfff) start--
        let end = Math.min(text.length, start + length)
        if (end < text.length && text.charCodeAt(end) >= 0xdc00 && text.charCodeAt(end) <= 0xdfff) end++
        return { type: i % 2 === 0 ? 'PERSON' : 'PLACE', start, end, confidence: 0.9, signal: 'model' }
      })
    }
  }
}

/** The source slice with every repair that lies wholly inside it applied (what an entity quotes). */
function applyRepairsInside(source: string, start: number, end: number, repairs: readonly Repair[]): string {
  let out = ''
  let pos = start
  for (const r of repairs) {
    if (!r.applied || r.sourceStart < pos || r.sourceEnd > end) continue
    out += source.slice(pos, r.sourceStart) + r.after
    pos = r.sourceEnd
  }
  return out + source.slice(pos, end)
}

function checkNormalised(source: string): void {
  const n = normalise(source)
  // Repairs quote the source, are sorted and never overlap.
  let previousEnd = 0
  for (const r of n.repairs) {
    expect(source.slice(r.sourceStart, r.sourceEnd)).toBe(r.before)
    expect(r.sourceStart).toBeGreaterThanOrEqual(previousEnd)
    expect(r.sourceEnd).toBeGreaterThan(r.sourceStart)
    previousEnd = r.sourceEnd
  }
  // The map is total and non-decreasing; each derived character is its source character, a
  // paragraph separator standing on layout whitespace, or inside a repair.
  expect(n.toSource.length).toBe(n.text.length + 1)
  expect(n.toSource[n.text.length]).toBe(source.length)
  for (let i = 0; i < n.text.length; i++) {
    const s = n.toSource[i] as number
    if (i > 0) expect(s).toBeGreaterThanOrEqual(n.toSource[i - 1] as number)
    const c = n.text[i]
    if (c === source[s]) continue
    if (c === '\n') {
      expect(/\s|\ufeff/.test(source[s] ?? '')).toBe(true)
      continue
    }
    expect(n.repairs.some((r) => r.sourceStart <= s && s < r.sourceEnd)).toBe(true)
  }
  // Re-deriving from the repairs gives the same text and map.
  const again = rederive(source, n.repairs)
  expect(again.text).toBe(n.text)
  expect(Array.from(again.toSource)).toEqual(Array.from(n.toSource))
}

function checkAnalysis(source: string, seeds: readonly (readonly [number, number])[]): void {
  const { analysis, normalised } = analyzePageDetailed(source, { wordTagger: fakeTagger, recognizer: spanRecognizer(seeds) })
  for (const r of analysis.repairs) expect(source.slice(r.sourceStart, r.sourceEnd)).toBe(r.before)
  let previousEnd = -1
  const ids = new Set<string>()
  for (const a of analysis.articles) {
    // Articles in reading order, never overlapping, each inside the source.
    expect(a.sourceStart).toBeGreaterThanOrEqual(Math.max(0, previousEnd))
    expect(a.sourceEnd).toBeGreaterThan(a.sourceStart)
    expect(a.sourceEnd).toBeLessThanOrEqual(source.length)
    previousEnd = a.sourceEnd
    expect(ids.has(a.id)).toBe(false)
    ids.add(a.id)
    let lineEnd = a.sourceStart
    for (const line of a.lines) {
      expect(line.sourceStart).toBeGreaterThanOrEqual(lineEnd)
      expect(line.sourceEnd).toBeLessThanOrEqual(a.sourceEnd)
      lineEnd = line.sourceEnd
    }
    for (const e of a.entities) {
      expect(e.sourceStart).toBeGreaterThanOrEqual(a.sourceStart)
      expect(e.sourceEnd).toBeLessThanOrEqual(a.sourceEnd)
      expect(e.text.includes('\n')).toBe(false)
      // The entity's text is its source slice with the repairs inside it applied.
      expect(applyRepairsInside(source, e.sourceStart, e.sourceEnd, analysis.repairs)).toBe(e.text)
      expect(ids.has(e.id)).toBe(false)
      ids.add(e.id)
    }
  }
  // Every line of the derived text belongs to exactly one article.
  const nonEmptyLines = normalised.text.split('\n').filter((l) => l.length > 0).length
  expect(analysis.articles.length <= nonEmptyLines).toBe(true)
  if (nonEmptyLines > 0) expect(analysis.articles.length).toBeGreaterThan(0)
}

describe('normalisation invariants on random and mutated pages', () => {
  it('repairs quote the source, the map is consistent, and re-deriving reproduces the text', () => {
    fc.assert(fc.property(pageArbitrary, checkNormalised), { numRuns: 300 })
  })

  it('holds on damaged pages too (noise, deletions, lone surrogates)', () => {
    fc.assert(fc.property(mutatedPageArbitrary, checkNormalised), { numRuns: 300 })
  })
})

describe('analysis invariants on random and mutated pages', () => {
  it('articles are ordered and disjoint; entity texts equal their source slices modulo repairs', () => {
    fc.assert(fc.property(pageArbitrary, spanSeeds, checkAnalysis), { numRuns: 200 })
  })

  it('holds on damaged pages too', () => {
    fc.assert(fc.property(mutatedPageArbitrary, spanSeeds, checkAnalysis), { numRuns: 200 })
  })
})
