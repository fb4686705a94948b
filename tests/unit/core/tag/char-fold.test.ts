import { describe, expect, it } from 'vitest'
import { CHAR_CLASS, charClass, foldChar } from '../../../../src/core/tag/char-fold'

const fold = (s: string): string => String.fromCharCode(...[...s].map((c) => foldChar(c.charCodeAt(0))))

describe('character folding for features', () => {
  it('folds full-width and ASCII digits, letters and brackets to one form', () => {
    expect(fold('２０２４年')).toBe(fold('2024年'))
    expect(fold('（ＡＢＣ）')).toBe(fold('(abc)'))
    expect(fold('“')).toBe(fold('”'))
  })

  it('keeps Chinese characters apart and classifies them', () => {
    expect(fold('张')).not.toBe(fold('王'))
    expect(charClass(foldChar('张'.charCodeAt(0)))).toBe(CHAR_CLASS.han)
    expect(charClass(foldChar('九'.charCodeAt(0)))).toBe(CHAR_CLASS.hanNumeral)
    expect(charClass(foldChar('９'.charCodeAt(0)))).toBe(CHAR_CLASS.digit)
    expect(charClass(foldChar('，'.charCodeAt(0)))).toBe(CHAR_CLASS.punct)
  })
})
