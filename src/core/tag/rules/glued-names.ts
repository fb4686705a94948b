import type { TaggedWord } from '../../model/ports'
import type { Candidate } from '../candidate'
import { isHan, surnameLength } from './surnames'

/**
 * A model PERSON glued to the character before it is often the tail of an unknown word (纵慧芯光,
 * a company: jieba leaves it as single characters 纵/慧/芯/光 and the model reads 慧芯光 as a
 * name). Such a span is dropped when the character before it is a one-character content word
 * (noun, adjective, morpheme — not a verb, preposition or particle that ends a phrase) and the
 * span does not begin like a Chinese name (a surname, or the name prefixes 小/老/阿).
 */

// jieba POS tags of content words and bound morphemes: these glue to what follows.
const CONTENT = new Set(['n', 'ng', 'nr', 'ns', 'nz', 'nt', 'a', 'ag', 'an', 'b', 'j', 'g', 'zg', 'k', 'h', 'tg', 'vn'])
const NAME_PREFIX = new Set([...'小老阿'].map((c) => c.charCodeAt(0)))

/** A predicate keeping every candidate except glued model PERSON spans. */
export function gluedNameFilter(text: string, words: readonly TaggedWord[]): (c: Candidate) => boolean {
  // The one-character content words, by the offset right after them.
  const gluedBefore = new Set<number>()
  let at = 0
  for (const w of words) {
    at += w.word.length
    if (w.word.length === 1 && CONTENT.has(w.tag) && isHan(w.word.charCodeAt(0))) gluedBefore.add(at)
  }
  return (c) => {
    if (c.type !== 'PERSON' || c.signal !== 'model' || !gluedBefore.has(c.start)) return true
    return surnameLength(text, c.start) > 0 || NAME_PREFIX.has(text.charCodeAt(c.start - 1)) || NAME_PREFIX.has(text.charCodeAt(c.start))
  }
}
