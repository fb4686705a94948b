import { PRIORITY, type Candidate } from '../candidate'
import type { TaggedWord } from '../../model/ports'

/**
 * Government and party bodies: a place followed by the body (常州市委, 武进区政府, 江苏省委,
 * 中共常州市委) and, optionally, a bare body standing on its own (区委, 区政府, 市委) — in a
 * local paper it names one definite organisation (the district's committee), exactly as the
 * written-out 中共常州市武进区委员会 would. A department or group of the body that follows it
 * belongs to the name (区委理论学习中心组, 市委宣传部, 市政府办公室).
 */

// Body words written after a place (省委, 市政府…) or after a place ending in 省/市/县/区… (委, 政府).
const LEVEL = '省市县区州镇乡旗盟'
const BODY_AFTER_LEVEL = ['党工委', '人大常委会', '政府', '党委', '纪委', '工委', '委', '政协']
const BODY = [...[...'省市县区州'].flatMap((l) => [`${l}委`, `${l}政府`]), '地委', '镇政府', '乡政府', '党委', '党工委', '纪委']
// Departments and groups of a body that are part of its name.
const UNIT = ['理论学习中心组', '中心组', '办公室', '办公厅', '宣传部', '组织部', '统战部', '政法委', '研究室', '政策研究室', '党校', '巡察组', '督查室', '常委会']
// jieba tags of a word that would make a body right after it part of a longer name.
const NAME_TAGS = new Set(['ns', 'nt', 'nz', 'nr', 'j'])
// Quantifiers that make a bare body generic (各省委, 每个县委): no definite organisation.
const GENERIC = new Set([...'各每诸'].map((c) => c.charCodeAt(0)))
// A bare body before a post is part of a job title (区委书记, 市委常委), not a mention of the body.
const POST_AFTER = /^(?:副?书记|常委|委员|副?主任|副?秘书长)/

const alternation = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).join('|')
const BODY_RE = new RegExp(`(?:${alternation(BODY)})(?:${alternation(UNIT)})?`, 'g')
const AFTER_PLACE_RE = new RegExp(`^(?:${alternation(BODY)})(?:${alternation(UNIT)})?`)
const AFTER_LEVEL_RE = new RegExp(`^(?:${alternation(BODY_AFTER_LEVEL)})(?:${alternation(UNIT)})?`)

function org(start: number, end: number, confidence: number): Candidate {
  return { start, end, type: 'ORG', confidence, signal: 'rule', priority: PRIORITY.rule }
}

export interface GovBodyOptions {
  /** Tag bare bodies (区委, 区政府) too, not only place-prefixed ones. */
  readonly bare: boolean
}

/**
 * Government-body candidates. `places` are the PLACE spans already proposed (model, lexicon):
 * a body right after one of them makes one organisation with it.
 */
export function govBodyCandidates(text: string, words: readonly TaggedWord[], places: ReadonlyArray<{ start: number; end: number }>, options: GovBodyOptions): Candidate[] {
  const out: Candidate[] = []
  const prefixedAt = new Set<number>()
  for (const p of places) {
    const rest = text.slice(p.end, p.end + 12)
    const m = AFTER_PLACE_RE.exec(rest) ?? (LEVEL.includes(text[p.end - 1] ?? '') ? AFTER_LEVEL_RE.exec(rest) : null)
    if (!m) continue
    const start = text.startsWith('中共', p.start - 2) ? p.start - 2 : p.start
    out.push(org(start, p.end + m[0].length, 0.8))
    prefixedAt.add(p.end)
  }
  if (!options.bare) return out
  BODY_RE.lastIndex = 0
  const bare: RegExpExecArray[] = []
  for (let m = BODY_RE.exec(text); m; m = BODY_RE.exec(text)) if (!prefixedAt.has(m.index)) bare.push(m)
  if (bare.length === 0) return out
  // A bare body must start a jieba word (not 区政府 inside 特区政府) after a word that is no name.
  // The matches come in text order: one walk over the words serves them all.
  let k = 0
  let at = 0
  let tagBefore = ''
  for (const m of bare) {
    const i = m.index
    while (k < words.length && at < i) {
      tagBefore = words[k]!.tag
      at += words[k]!.word.length
      k++
    }
    if (at !== i || NAME_TAGS.has(tagBefore) || GENERIC.has(text.charCodeAt(i - 1))) continue
    if (m[0].length <= 3 && POST_AFTER.test(text.slice(i + m[0].length, i + m[0].length + 4))) continue
    out.push(org(i, i + m[0].length, 0.7))
  }
  return out
}
