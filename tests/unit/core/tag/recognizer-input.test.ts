import { describe, expect, it } from 'vitest'
import { trainTagger } from '../../../../src/core/learn/train-tagger'
import { createLexicon } from '../../../../src/core/tag/lexicon'
import { createEntityRecognizer } from '../../../../src/core/tag/recognizer'
import { charWords, fixture, toExample } from '../learn/tiny-corpus'

const { model } = trainTagger(fixture.sentences.map((s, i) => toExample(s, i)), { bits: 12, epochs: 4, gazetteer: false })
const recognizer = createEntityRecognizer({ model, lexicon: createLexicon([['𠀋𠀋', 'PERSON']]) })

const wellFormed = (text: string): void => {
  const found = recognizer.recognize(text, charWords(text))
  for (const e of found) {
    expect(e.start).toBeGreaterThanOrEqual(0)
    expect(e.end).toBeLessThanOrEqual(text.length)
    expect(e.start).toBeLessThan(e.end)
    // Never half an astral character at either edge.
    expect((text.charCodeAt(e.start) & 0xfc00) === 0xdc00).toBe(false)
    expect(e.end === text.length || (text.charCodeAt(e.end) & 0xfc00) !== 0xdc00).toBe(true)
  }
}

describe('recognizer on awkward input', () => {
  it('returns nothing for empty text', () => {
    expect(recognizer.recognize('', [])).toEqual([])
  })

  it('keeps astral characters (rare CJK, emoji) whole and finds lexicon names made of them', () => {
    const text = '记者𠀋𠀋报道，😀北京市政府昨天召开会议。'
    wellFormed(text)
    expect(recognizer.recognize(text, charWords(text)).some((e) => e.signal === 'lexicon' && text.slice(e.start, e.end) === '𠀋𠀋')).toBe(true)
  })

  it('copes with CRLF, text with no Chinese and one endless line', () => {
    wellFormed('记者张明华报道\r\n北京市政府昨天召开会议。\r\n')
    wellFormed('No Chinese here at all, 2024.')
    wellFormed('记者张明华报道北京市政府昨天召开会议'.repeat(3000))
  })

  it('works when the words do not match the text (a caller handing in something else)', () => {
    const text = '记者张明华报道，北京市政府昨天召开会议。'
    expect(() => recognizer.recognize(text, [{ word: '完全不同', tag: 'n' }])).not.toThrow()
  })
})
