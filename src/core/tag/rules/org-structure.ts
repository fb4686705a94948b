import type { TaggedWord } from '../../model/ports'
import { PRIORITY, type Candidate } from '../candidate'

/**
 * Organisation structure: a place right before an organisation the model found is one
 * organisation with it (越南 + 国防部, 哥斯达黎加 + 咖啡协会, 内蒙古自治区包头市 + 科委). The
 * corpus and an editor both treat the whole as the organisation's name; the model often splits it.
 * (Joining a place to the plain nouns after it up to an organisation head word — 部, 局, 协会,
 * 公司… — cost precision more than it gained recall on the dev pages; not done.)
 */

export interface Span { readonly start: number; readonly end: number; readonly type: string }

/** ORG candidates joining each place to the organisation right after it. */
export function orgStructureCandidates(spans: readonly Span[]): Candidate[] {
  const out: Candidate[] = []
  const orgByStart = new Map<number, number>()
  for (const s of spans) if (s.type === 'ORG') orgByStart.set(s.start, Math.max(orgByStart.get(s.start) ?? 0, s.end))
  for (const p of spans) {
    const orgEnd = p.type === 'PLACE' ? orgByStart.get(p.end) : undefined
    if (orgEnd !== undefined) out.push({ start: p.start, end: orgEnd, type: 'ORG', confidence: 0.8, signal: 'rule', priority: PRIORITY.rule })
  }
  return out
}

// Head words that end an organisation's name (general Chinese word formation).
const ORG_HEAD = /(?:委员会|办公室|办公厅|研究所|研究院|研究会|联合会|协会|学会|公司|集团|银行|大学|学院|医院|出版社|电视台|图书馆|剧院|剧团|书店|[部局厅署处院所委会社团队馆站校台])$/

/**
 * Organisations listed without separators (北京电视台北京市儿童艺术剧团北京市朝阳区卫生局…, as in
 * lists of prize-winning units) come out of the model as one long ORG. A model ORG is split where a
 * word ending in an organisation head word is followed by a place word (jieba ns), but only when
 * there are at least two such points: one (南京银行常州分行) is a branch of one organisation.
 */
export function splitOrgLists<C extends { readonly start: number; readonly end: number; readonly type: string; readonly signal: string }>(words: readonly TaggedWord[], candidates: readonly C[]): C[] {
  const cuts: number[] = []
  let at = 0
  for (let k = 0; k + 1 < words.length; k++) {
    at += words[k]!.word.length
    if (words[k + 1]!.tag === 'ns' && ORG_HEAD.test(words[k]!.word)) cuts.push(at)
  }
  if (cuts.length < 2) return [...candidates]
  const out: C[] = []
  for (const c of candidates) {
    if (c.type !== 'ORG' || c.signal !== 'model') { out.push(c); continue }
    const inside = cuts.filter((x) => x > c.start && x < c.end)
    if (inside.length < 2) { out.push(c); continue }
    let from = c.start
    for (const x of [...inside, c.end]) {
      out.push({ ...c, start: from, end: x })
      from = x
    }
  }
  return out
}
