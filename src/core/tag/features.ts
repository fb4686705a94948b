import type { TaggedWord } from '../model/ports'
import { charClass, foldChar } from './char-fold'
import { surnameLength } from './rules/surnames'
import { hashString } from './feature-hash'

/**
 * Feature extraction for the character tagger. For every character it yields FEATURE_COUNT hashed
 * bucket ids: character n-grams, character classes, the jieba word and POS the character sits in
 * (with its B/M/E/S position), the neighbouring words, and lexicon matches.
 */

export const FEATURE_COUNT = 29

const BOUNDARY = -1

// Local copies of the hashing helpers (see feature-hash.ts): called ~100 times per character,
// and an imported function can compile to a getter call under CJS interop.
function mix(h: number, v: number): number {
  let x = Math.imul(h ^ v, 0x5bd1e995)
  x ^= x >>> 15
  return Math.imul(x, 0x27d4eb2d)
}
function seed(t: number): number {
  return Math.imul(t + 1, 0x9e3779b1)
}
function bucket(h: number, bits: number): number {
  return (Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0) >>> (32 - bits)
}
const BMES = { B: 0, M: 1, E: 2, S: 3 } as const

const posCache = new Map<string, number>()
function posHash(tag: string): number {
  let h = posCache.get(tag)
  if (h === undefined) {
    h = hashString(tag, 0, tag.length, (c) => c)
    posCache.set(tag, h)
  }
  return h
}

/** Per-character word context derived once from the jieba segmentation. */
interface WordContext {
  /** POS hash mixed with the B/M/E/S position of the character in its word. */
  readonly wordPos: Int32Array
  readonly wordHash: Int32Array
  readonly wordLen: Int32Array
  readonly prevWordHash: Int32Array
  readonly nextWordHash: Int32Array
  readonly prevPos: Int32Array
  readonly nextPos: Int32Array
  /** 1–4: how many words ahead the nearest word ending in an organisation head word is (0: none). */
  readonly orgAhead: Int32Array
}

// Head words that end organisation names (general Chinese word formation, not corpus data): a
// word ending in one of them ahead of a place tells the model the place may open an organisation.
// (委员会, 办公厅, 研究所, 协会, 集团, 银行, 学院, 医院, 党委… all end in one of the single heads.)
// Checked by the last character (a regex per word is a measurable share of the run time).
const HEAD_LAST = new Set([...'部局厅署处院所委会社团队厂馆站校党军行台'].map((c) => c.charCodeAt(0)))
const HEAD_WORDS = ['办公室', '研究中心', '公司', '大学', '政府']
function endsInOrgHead(word: string): boolean {
  const last = word.charCodeAt(word.length - 1)
  if (HEAD_LAST.has(last)) return true
  if (last !== 0x5ba4 && last !== 0x5fc3 && last !== 0x53f8 && last !== 0x5b66 && last !== 0x5e9c) return false // 室 心 司 学 府
  for (const h of HEAD_WORDS) if (word.endsWith(h)) return true
  return false
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09 || code === 0x3000
}

function wordContext(text: string, words: readonly TaggedWord[]): WordContext {
  const n = text.length
  const ctx: WordContext = {
    wordPos: new Int32Array(n), wordHash: new Int32Array(n), wordLen: new Int32Array(n),
    prevWordHash: new Int32Array(n), nextWordHash: new Int32Array(n),
    prevPos: new Int32Array(n), nextPos: new Int32Array(n), orgAhead: new Int32Array(n)
  }
  // Word spans in text; jieba returns words that concatenate to its input, but search
  // forward if a caller hands in something else so offsets never drift.
  const starts: number[] = []
  const ends: number[] = []
  const hashes: number[] = []
  const poses: number[] = []
  const heads: boolean[] = []
  let cursor = 0
  for (const w of words) {
    if (w.word.length === 0) continue
    let at = text.startsWith(w.word, cursor) ? cursor : text.indexOf(w.word, cursor)
    if (at < 0) continue
    if (at > cursor) at = text.startsWith(w.word, cursor) ? cursor : at
    const end = at + w.word.length
    if (!isSpace(text.charCodeAt(at))) {
      starts.push(at); ends.push(end)
      hashes.push(hashString(text, at, end, foldChar)); poses.push(posHash(w.tag))
      heads.push(endsInOrgHead(w.word))
    }
    cursor = end
  }
  for (let k = 0; k < starts.length; k++) {
    const s = starts[k] ?? 0
    const e = ends[k] ?? 0
    const len = e - s
    const ph = poses[k] ?? 0
    const wh = hashes[k] ?? 0
    const prevH = k > 0 ? hashes[k - 1] ?? BOUNDARY : BOUNDARY
    const nextH = k + 1 < starts.length ? hashes[k + 1] ?? BOUNDARY : BOUNDARY
    const prevP = k > 0 ? poses[k - 1] ?? BOUNDARY : BOUNDARY
    const nextP = k + 1 < starts.length ? poses[k + 1] ?? BOUNDARY : BOUNDARY
    let ahead = 0
    for (let d = 1; d <= 4 && k + d < starts.length; d++) {
      if (heads[k + d]) { ahead = d; break }
    }
    for (let i = s; i < e; i++) {
      const pos = len === 1 ? BMES.S : i === s ? BMES.B : i === e - 1 ? BMES.E : BMES.M
      ctx.wordPos[i] = mix(ph, pos)
      ctx.wordHash[i] = mix(wh, pos)
      ctx.wordLen[i] = Math.min(len, 6) * 4 + pos
      ctx.prevWordHash[i] = prevH
      ctx.nextWordHash[i] = nextH
      ctx.prevPos[i] = prevP
      ctx.nextPos[i] = nextP
      ctx.orgAhead[i] = ahead
    }
  }
  return ctx
}

/** Per-character inputs shared by the template passes (c, k and sur are offset by 2, lex by 1). */
interface Tables {
  readonly c: Int32Array
  readonly k: Int32Array
  readonly sur: Int32Array
  readonly lex: Int32Array
  readonly lexicon: Int32Array | null
  readonly ctx: WordContext
}

function templates0to11(out: Int32Array, n: number, t: Tables, bits: number): void {
  const { c } = t
  for (let i = 0, o = 0; i < n; i++, o += FEATURE_COUNT) {
    const j = i + 2
    const cm2 = c[j - 2] ?? BOUNDARY
    const cm1 = c[j - 1] ?? BOUNDARY
    const c0 = c[j] ?? BOUNDARY
    const cp1 = c[j + 1] ?? BOUNDARY
    const cp2 = c[j + 2] ?? BOUNDARY
    out[o + 0] = bucket(seed(0), bits)
    out[o + 1] = bucket(mix(seed(1), cm2), bits)
    out[o + 2] = bucket(mix(seed(2), cm1), bits)
    out[o + 3] = bucket(mix(seed(3), c0), bits)
    out[o + 4] = bucket(mix(seed(4), cp1), bits)
    out[o + 5] = bucket(mix(seed(5), cp2), bits)
    out[o + 6] = bucket(mix(mix(seed(6), cm2), cm1), bits)
    out[o + 7] = bucket(mix(mix(seed(7), cm1), c0), bits)
    out[o + 8] = bucket(mix(mix(seed(8), c0), cp1), bits)
    out[o + 9] = bucket(mix(mix(seed(9), cp1), cp2), bits)
    out[o + 10] = bucket(mix(mix(seed(10), cm1), cp1), bits)
    out[o + 11] = bucket(mix(mix(mix(seed(11), cm1), c0), cp1), bits)
  }
}

function templates12to22(out: Int32Array, n: number, t: Tables, bits: number): void {
  const { c, k, lexicon, ctx } = t
  for (let i = 0, o = 0; i < n; i++, o += FEATURE_COUNT) {
    const j = i + 2
    const c0 = c[j] ?? BOUNDARY
    const wp = ctx.wordPos[i] ?? 0
    const lx = lexicon ? lexicon[i] ?? 0 : 0
    out[o + 12] = bucket(mix(mix(mix(seed(12), k[j - 1] ?? 0), k[j] ?? 0), k[j + 1] ?? 0), bits)
    out[o + 13] = bucket(mix(seed(13), wp), bits)
    out[o + 14] = bucket(mix(seed(14), ctx.wordHash[i] ?? 0), bits)
    out[o + 15] = bucket(mix(mix(seed(15), ctx.prevPos[i] ?? 0), wp), bits)
    out[o + 16] = bucket(mix(mix(seed(16), ctx.nextPos[i] ?? 0), wp), bits)
    out[o + 17] = bucket(mix(mix(seed(17), c0), wp), bits)
    out[o + 18] = bucket(mix(seed(18), lx), bits)
    out[o + 19] = bucket(mix(seed(19), ctx.prevWordHash[i] ?? 0), bits)
    out[o + 20] = bucket(mix(seed(20), ctx.nextWordHash[i] ?? 0), bits)
    out[o + 21] = bucket(mix(mix(seed(21), ctx.wordLen[i] ?? 0), wp), bits)
    out[o + 22] = bucket(mix(mix(seed(22), lx), c0), bits)
  }
}

function templates23to28(out: Int32Array, n: number, t: Tables, bits: number): void {
  const { c, k, sur, lex, lexicon, ctx } = t
  for (let i = 0, o = 0; i < n; i++, o += FEATURE_COUNT) {
    const j = i + 2
    const cm2 = c[j - 2] ?? BOUNDARY
    const cm1 = c[j - 1] ?? BOUNDARY
    const c0 = c[j] ?? BOUNDARY
    const wp = ctx.wordPos[i] ?? 0
    const lx = lexicon ? lexicon[i] ?? 0 : 0
    out[o + 23] = bucket(mix(mix(mix(seed(23), cm2), cm1), c0), bits)
    out[o + 24] = bucket(mix(mix(mix(seed(24), sur[j - 1] ?? 0), sur[j] ?? 0), wp), bits)
    out[o + 25] = bucket(mix(mix(seed(25), ctx.prevWordHash[i] ?? 0), ctx.wordHash[i] ?? 0), bits)
    out[o + 26] = bucket(mix(mix(mix(seed(26), lex[i] ?? 0), lx), lex[i + 2] ?? 0), bits)
    out[o + 27] = bucket(mix(mix(mix(seed(27), sur[j - 2] ?? 0), sur[j - 1] ?? 0), k[j] ?? 0), bits)
    out[o + 28] = bucket(mix(mix(seed(28), ctx.orgAhead[i] ?? 0), wp), bits)
  }
}

/**
 * Extracts hashed features for every character of `text`: returns length × FEATURE_COUNT bucket
 * ids in a table of 2^bits rows. `lexicon` holds one small integer per character describing
 * lexicon matches (0 for none), see lexicon-features.ts.
 */
export function extractFeatures(text: string, words: readonly TaggedWord[], lexicon: Int32Array | null, bits: number): Int32Array {
  const n = text.length
  const c = new Int32Array(n + 4)
  const k = new Int32Array(n + 4)
  c.fill(BOUNDARY)
  for (let i = 0; i < n; i++) {
    const f = foldChar(text.charCodeAt(i))
    c[i + 2] = f
    k[i + 2] = charClass(f)
  }
  // Surname flags (2 = compound surname start) generalise to names the model never saw.
  const sur = new Int32Array(n + 4)
  for (let i = 0; i < n; i++) sur[i + 2] = surnameLength(text, i)
  const lex = new Int32Array(n + 2)
  if (lexicon) lex.set(lexicon.subarray(0, n), 1)
  const ctx = wordContext(text, words)
  const out = new Int32Array(n * FEATURE_COUNT)
  // Three passes over the characters, a third of the templates each: one loop with all 29 made
  // the function too large for V8 to inline mix() and bucket(), about 80 calls per character.
  const tables: Tables = { c, k, sur, lex, lexicon, ctx }
  templates0to11(out, n, tables, bits)
  templates12to22(out, n, tables, bits)
  templates23to28(out, n, tables, bits)
  return out
}
