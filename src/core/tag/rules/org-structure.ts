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
