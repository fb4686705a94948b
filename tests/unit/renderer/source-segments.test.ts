import { describe, expect, it } from 'vitest'
import { sourceSegments } from '../../../src/renderer/src/features/side-by-side/source-segments'

const article = (id: string, sourceStart: number, sourceEnd: number) => ({ id, sourceStart, sourceEnd })

describe('source segments', () => {
  it('covers every character exactly once, gaps included, in text order', () => {
    const segments = sourceSegments(20, [article('b', 12, 18), article('a', 2, 10)])
    expect(segments.map((s) => [s.start, s.end, s.articleId])).toEqual([
      [0, 2, null], [2, 10, 'a'], [10, 12, null], [12, 18, 'b'], [18, 20, null]
    ])
    expect(segments.find((s) => s.articleId === 'b')?.articleIndex).toBe(0)
  })

  it('clips an overlapping range to the earlier article and clamps ranges past the end', () => {
    const segments = sourceSegments(10, [article('a', 0, 6), article('b', 4, 50)])
    expect(segments.map((s) => [s.start, s.end, s.articleId])).toEqual([[0, 6, 'a'], [6, 10, 'b']])
  })

  it('drops empty and inverted ranges', () => {
    expect(sourceSegments(5, [article('a', 3, 3), article('b', 4, 2)]).map((s) => s.articleId)).toEqual([null])
  })
})
