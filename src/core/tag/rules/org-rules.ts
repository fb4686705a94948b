import { PRIORITY, type Candidate } from '../candidate'

/**
 * Company names with a bracketed place inside (苏澳融资租赁（江苏）有限公司): the model, trained on
 * text where organisations never contain brackets, stops at the bracket. The name runs back from
 * the bracket to the nearest function word or punctuation.
 */

const BRACKETED = /([\u4e00-\u9fff]{2,16})[（(]([\u4e00-\u9fff]{2,8})[）)]((?:股份)?有限(?:责任)?公司|集团(?:有限公司)?|公司)/g
// Characters that end the phrase before a company name: conjunctions, prepositions, particles.
const BEFORE_NAME = /.*[与和及同在向对由把被为的是了将从]/

/** Finds bracketed company-name candidates in derived text. */
export function orgCandidates(text: string): Candidate[] {
  const out: Candidate[] = []
  BRACKETED.lastIndex = 0
  for (let m = BRACKETED.exec(text); m; m = BRACKETED.exec(text)) {
    const lead = m[1] ?? ''
    const cut = BEFORE_NAME.exec(lead)
    const skip = cut ? cut[0].length : 0
    if (lead.length - skip < 2) continue
    out.push({ start: m.index + skip, end: m.index + m[0].length, type: 'ORG', confidence: 0.8, signal: 'rule', priority: PRIORITY.rule })
  }
  return out
}
