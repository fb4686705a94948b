/**
 * Character folding for features: full-width and ASCII forms of digits, letters and punctuation
 * become one form, so a model trained on full-width corpus text still recognises "2024年" or "(记者".
 */

export const CHAR_CLASS = {
  boundary: 0,
  han: 1,
  digit: 2,
  hanNumeral: 3,
  latin: 4,
  punct: 5,
  space: 6,
  other: 7
} as const

// Chinese numerals and the magnitude characters that combine with them in dates and amounts.
const HAN_NUMERALS = '〇零一二三四五六七八九十百千万亿两'

const hanNumeralSet = new Set<number>([...HAN_NUMERALS].map((c) => c.charCodeAt(0)))

/** Folds one UTF-16 code unit: full-width ASCII to ASCII, every digit to '0', curly quotes to '"'. */
export function foldChar(code: number): number {
  let c = code
  if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0
  else if (c === 0x3000) c = 0x20
  else if (c === 0x201c || c === 0x201d) c = 0x22
  else if (c === 0x2018 || c === 0x2019) c = 0x27
  if (c >= 0x30 && c <= 0x39) return 0x30
  if (c >= 0x41 && c <= 0x5a) return c + 0x20
  return c
}

/** The coarse class of an already folded code unit. */
export function charClass(folded: number): number {
  if (folded === 0x30) return CHAR_CLASS.digit
  if (folded >= 0x61 && folded <= 0x7a) return CHAR_CLASS.latin
  if (folded === 0x20 || folded === 0x0a || folded === 0x0d || folded === 0x09) return CHAR_CLASS.space
  if (hanNumeralSet.has(folded)) return CHAR_CLASS.hanNumeral
  if ((folded >= 0x4e00 && folded <= 0x9fff) || (folded >= 0x3400 && folded <= 0x4dbf) || (folded >= 0xd800 && folded <= 0xdfff)) {
    return CHAR_CLASS.han
  }
  if (folded < 0x80 || (folded >= 0x3000 && folded <= 0x303f) || (folded >= 0x2000 && folded <= 0x206f) || (folded >= 0xff00 && folded <= 0xffef)) {
    return CHAR_CLASS.punct
  }
  return CHAR_CLASS.other
}
