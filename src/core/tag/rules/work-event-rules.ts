import { PRIORITY, type Candidate } from '../candidate'

/**
 * Titles in 《》 are WORKs (the span is the title inside the brackets); named meetings and
 * campaigns are EVENTs (党的二十届三中全会, 第十五次全国代表大会, 区政府第31次常务会议).
 */

const TITLE = /《([^《》\n]{1,80})》/g
const N = '[0-9０-９一二三四五六七八九十百]+'
const PLENUM = new RegExp(`(?:党的)?(?:第?${N}届(?:中央|全国人大|全国政协)?)?${N}中全会`, 'g')
const NUMBERED_MEETING = new RegExp(`第${N}(?:次|届)[\\u4e00-\\u9fff]{0,10}?(?:代表大会|常务会议|全体会议|常委会议|工作会议|会议|大会|峰会|论坛|运动会)`, 'g')

/** Finds WORK and EVENT candidates in derived text. */
export function workEventCandidates(text: string): Candidate[] {
  const out: Candidate[] = []
  TITLE.lastIndex = 0
  for (let m = TITLE.exec(text); m; m = TITLE.exec(text)) {
    out.push({ start: m.index + 1, end: m.index + m[0].length - 1, type: 'WORK', confidence: 0.95, signal: 'rule', priority: PRIORITY.rule })
  }
  for (const re of [PLENUM, NUMBERED_MEETING]) {
    re.lastIndex = 0
    for (let m = re.exec(text); m; m = re.exec(text)) {
      out.push({ start: m.index, end: m.index + m[0].length, type: 'EVENT', confidence: 0.85, signal: 'rule', priority: PRIORITY.rule })
    }
  }
  return out
}
