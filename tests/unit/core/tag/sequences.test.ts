import { describe, expect, it } from 'vitest'
import { splitSequences } from '../../../../src/core/tag/sequences'

const pieces = (text: string): string[] => {
  const s = splitSequences(text)
  const out: string[] = []
  for (let i = 0; i < s.length; i += 2) out.push(text.slice(s[i], s[i + 1]))
  return out
}

describe('splitSequences', () => {
  it('splits at line breaks and sentence ends, keeping the end mark', () => {
    expect(pieces('他来了。她走了！\n新的一行')).toEqual(['他来了。', '她走了！', '新的一行'])
  })

  it('caps an endless line and never cuts a surrogate pair', () => {
    const text = '字'.repeat(399) + '😀' + '字'.repeat(1000)
    const parts = pieces(text)
    expect(parts.join('')).toBe(text)
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(400)
      expect((p.charCodeAt(0) & 0xfc00) === 0xdc00).toBe(false)
    }
  })
})
