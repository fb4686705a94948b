import { PRIORITY, type Candidate } from '../candidate'

/**
 * Dates and times, absolute (2024年, 1月1日) and relative (昨天上午, 目前). The model knows the
 * newspaper's conventions for these well, so the rules only fill in where it said nothing.
 */

const D = '[0-9０-９]'
const H = '[〇零一二三四五六七八九十]'
const YEAR = `(?:${D}{4}|${H}{4})年`
const MONTH = `(?:${D}{1,2}|十[一二]?|[一二三四五六七八九])月`
const DAY = `(?:${D}{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]`
const PART = '(?:上午|下午|晚上|早上|凌晨|中午|傍晚|夜间|清晨)'
const RELATIVE_DAY = '(?:昨天|今天|明天|前天|后天|昨日|今日|当天|当日)'

const DIGIT_MONTH = `${D}{1,2}月`
// 1998年度 is a fiscal year, not a date; 十月革命 is a name; a bare Han-numeral month is too
// ambiguous, so only Arabic-digit months stand alone.
const ABSOLUTE = new RegExp(`(?:${YEAR}(?:${MONTH}(?:${DAY})?)?|${MONTH}${DAY}|${DIGIT_MONTH}(?:上旬|中旬|下旬|底|初)?)(?![度份])`, 'g')
// Relative days only after a boundary (项目前, 探明天然气 are not times); the model knows the
// newspaper's other relative times (目前, 今年…) well.
const RELATIVE = new RegExp(`(?<![\\u4e00-\\u9fff])${RELATIVE_DAY}${PART}?`, 'g')

/** Finds time candidates in derived text. */
export function timeCandidates(text: string): Candidate[] {
  const out: Candidate[] = []
  for (const re of [ABSOLUTE, RELATIVE]) {
    re.lastIndex = 0
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (re === ABSOLUTE && /[0-9０-９]/.test(text[m.index - 1] ?? '')) continue
      out.push({ start: m.index, end: m.index + m[0].length, type: 'TIME', confidence: 0.7, signal: 'rule', priority: PRIORITY.fillIn })
    }
  }
  return out
}
