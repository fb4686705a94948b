/**
 * Character classes the normaliser and the segmenter test on every line. They work on UTF-16
 * code units with plain comparisons (no regular expressions), because they run once per
 * character of pages up to 20 MB.
 */

/** A CJK ideograph code unit, including the high surrogate of an astral ideograph (rare CJK). */
export function isHan(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    // High surrogates of planes 2 and 3 (CJK Extension B and later).
    (code >= 0xd840 && code <= 0xd8bf)
  )
}

/** CJK punctuation (U+3000–U+303F), full-width forms (U+FF00–U+FFEF) and the general
 * punctuation typeset full-width in Chinese (— … “ ” ‘ ’ ·). */
export function isCjkPunctOrFullWidth(code: number): boolean {
  return (
    (code >= 0x3001 && code <= 0x303f) ||
    (code >= 0xff01 && code <= 0xffef) ||
    code === 0x2014 ||
    code === 0x2026 ||
    code === 0x201c ||
    code === 0x201d ||
    code === 0x2018 ||
    code === 0x2019 ||
    code === 0x00b7
  )
}

/** A character that makes its neighbourhood "Chinese context" for punctuation width. */
export function isChineseContext(code: number): boolean {
  return isHan(code) || isCjkPunctOrFullWidth(code)
}

/** Whitespace that is layout, not content: spaces, tabs, the ideographic space, NBSP, BOM, EOLs. */
export function isLayoutSpace(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x0a ||
    code === 0x0d ||
    code === 0x0b ||
    code === 0x0c ||
    code === 0x3000 ||
    code === 0xa0 ||
    code === 0xfeff ||
    code === 0x2028 ||
    code === 0x2029
  )
}

/** An end-of-line code unit (LF, CR, and the Unicode line/paragraph separators). */
export function isEol(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029
}

export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

export function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
}

/** Digits in any width a Chinese page uses: ASCII, full-width, and the Chinese numerals. */
export function isDigitLike(code: number): boolean {
  return isAsciiDigit(code) || (code >= 0xff10 && code <= 0xff19) || CHINESE_NUMERALS.has(code)
}

const CHINESE_NUMERALS = new Set(Array.from('〇零一二三四五六七八九十百千万亿两', (c) => c.charCodeAt(0)))

/** ASCII punctuation that Chinese typesetting writes full-width, and its full-width form. */
export const FULL_WIDTH_OF: ReadonlyMap<number, string> = new Map([
  [0x2c, '，'], // ,
  [0x28, '（'], // (
  [0x29, '）'], // )
  [0x3a, '：'], // :
  [0x3b, '；'], // ;
  [0x3f, '？'], // ?
  [0x21, '！'] // !
])

/** Folds a full-width ASCII variant back to ASCII, so "，" and "," compare equal. */
export function foldWidth(code: number): number {
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0
  if (code === 0x3000) return 0x20
  return code
}

/** Sentence-final punctuation: a line ending in one of these ends a paragraph. */
export function isSentenceEnd(code: number): boolean {
  return (
    code === 0x3002 || // 。
    code === 0xff01 || // ！
    code === 0xff1f || // ？
    code === 0x21 ||
    code === 0x3f ||
    code === 0x2026 || // …
    code === 0xff1b || // ；
    code === 0x3b ||
    code === 0xff61 // ｡ (the full-width ． is a decimal point in Chinese text, not a full stop)
  )
}

/**
 * A mark that ends a line's last sentence: the sentence-final marks plus the full stop "." /
 * "．", which inside a Chinese line is a decimal point but at its end closes a sentence
 * (English and mixed text).
 */
export function isLineFinal(code: number): boolean {
  return isSentenceEnd(code) || code === 0x2e || code === 0xff0e
}

/** Closing brackets and quotes, which may follow a sentence end (。” ！』 …）). */
export function isCloser(code: number): boolean {
  return (
    code === 0x201d || // ”
    code === 0x2019 || // ’
    code === 0x300f || // 』
    code === 0x300d || // 」
    code === 0xff09 || // ）
    code === 0x29 ||
    code === 0x300b || // 》
    code === 0x3011 || // 】
    code === 0x5d || // ]
    code === 0x22 || // "
    code === 0x27 // '
  )
}

/** Opening brackets and quotes. */
export function isOpener(code: number): boolean {
  return (
    code === 0x201c || // “
    code === 0x2018 || // ‘
    code === 0x300e || // 『
    code === 0x300c || // 「
    code === 0xff08 || // （
    code === 0x28 ||
    code === 0x300a || // 《
    code === 0x3010 || // 【
    code === 0x5b
  )
}

/** Punctuation that continues a sentence: a line ending in one is cut mid-sentence. */
export function isMidSentencePunct(code: number): boolean {
  return (
    code === 0xff0c || // ，
    code === 0x2c ||
    code === 0x3001 || // 、
    isOpener(code)
  )
}

/** Punctuation a paragraph cannot begin with: a line starting with one continues the line before. */
export function isNonInitialPunct(code: number): boolean {
  return (
    code === 0xff0c || // ，
    code === 0x2c ||
    code === 0x3001 || // 、
    code === 0x3002 || // 。
    code === 0xff1b || // ；
    code === 0x3b ||
    code === 0xff1a || // ：
    code === 0xff09 || // ）
    code === 0x201d || // ”
    code === 0x300f || // 』
    code === 0x300d || // 」
    code === 0x300b || // 》
    code === 0xff01 || // ！
    code === 0xff1f || // ？
    code === 0x25 || // %
    code === 0xff05 || // ％
    code === 0xff0f || // ／
    code === 0x2f
  )
}

/** True for a UTF-16 high (leading) surrogate. */
export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

/** True for a UTF-16 low (trailing) surrogate. */
export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

/**
 * Where the bracketed group that closes the text opens ("…。（王琤）" → the index of "（"), matching
 * nested ( ) and （ ）; -1 when the text does not end in a balanced group. The segmenter and the
 * paragraph joiner each decide what a trailing group means; this is the bracket walk they share.
 */
export function trailingGroupOpen(text: string): number {
  let depth = 0
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i)
    if (c === 0xff09 || c === 0x29) depth++
    else if (c === 0xff08 || c === 0x28) {
      depth--
      if (depth === 0) return i
    }
  }
  return -1
}

/** True for a CJK ideograph or CJK punctuation code unit (joins Chinese lines without a space). */
export function isCjk(code: number): boolean {
  return (code >= 0x2e80 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xffef) || (code >= 0xd840 && code <= 0xd8bf)
}
