import { PRIORITY, type Candidate } from '../candidate'

/**
 * Quantities: numbers with a unit, money, areas and percentages (5.5亿元, 2.8万平方米, 40亩, 30%,
 * 百分之五). Counters such as 个 or 次 need Arabic digits, so 一个 or 两次 are never quantities,
 * and an ordinal (第31次) is not one either.
 */

const UNITS = '亿美元|万美元|美元|亿元|万元|千元|元|亿平方米|万平方米|平方米|平方公里|平方千米|万亩|亩|公顷|万吨|吨|千克|公斤|万千瓦|千瓦|兆瓦|公里|千米|厘米|毫米|米|英寸|岁|摄氏度|℃|%|％|倍'
const COUNTERS = '万人次|人次|万人|人|名|个|项|家|颗|台|辆|座|所|次|件|户|套|场|批|期|条|篇|部|本|张|只|头|株|万'
const DIGITS = '[0-9０-９][0-9０-９.．,，]*'
const HAN_NUM = '[〇零一二三四五六七八九十百千两]+'
const MAGNITUDE = '(?:[十百千万亿]+)?'

const DIGIT_QUANTITY = new RegExp(`${DIGITS}${MAGNITUDE}(?:多|余)?(?:${UNITS}|${COUNTERS})`, 'g')
const HAN_QUANTITY = new RegExp(`${HAN_NUM}${MAGNITUDE}(?:多|余)?(?:${UNITS})`, 'g')
const PERCENT_WORDS = new RegExp(`百分之${HAN_NUM}(?:点${HAN_NUM})?`, 'g')

/** Finds quantity candidates in derived text. */
export function quantityCandidates(text: string): Candidate[] {
  const out: Candidate[] = []
  for (const re of [DIGIT_QUANTITY, HAN_QUANTITY, PERCENT_WORDS]) {
    re.lastIndex = 0
    for (let m = re.exec(text); m; m = re.exec(text)) {
      let start = m.index
      let end = start + m[0].length
      // A trailing thousands comma belongs to the sentence, not the number.
      while (end > start && /[,，.．]/.test(text[end - 1] ?? '')) end--
      if (text[start - 1] === '第' || /[0-9０-９]/.test(text[start - 1] ?? '')) continue
      if (end - start < 2) continue
      // "1,2" inside a list is not a number; keep it simple and drop spans that start with a comma.
      if (/[,，]/.test(text[start] ?? '')) start++
      out.push({ start, end, type: 'QUANTITY', confidence: 0.9, signal: 'rule', priority: PRIORITY.rule })
    }
  }
  return out
}
