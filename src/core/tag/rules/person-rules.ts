import type { DerivedEntity } from '../../model/ports'
import { PRIORITY, type Candidate } from '../candidate'
import { isHan, surnameLength } from './surnames'

/**
 * Newspaper conventions for people: bylines (本报讯（记者 黄雅婷）), photo credits (徐晶玮 摄,
 * 新华社记者兰红光摄), a job title right before a name (区委书记乔俊杰), and lists of names joined
 * by 、 where the model recognised some of them (恽淇丞、石伟东、郑政平…等).
 */

// Official titles that are followed by a name in news copy. Words such as 同志, 代表, 主席 or
// 先生 are left out: on the dev pages they precede verbs (代表时指出, 主席国) as often as names.
const TITLES = [
  '总书记', '书记', '副书记', '总理', '副总理', '委员长', '秘书长', '部长', '副部长', '省长', '副省长',
  '市长', '副市长', '区长', '副区长', '县长', '副县长', '镇长', '乡长', '局长', '副局长', '厅长', '主任',
  '副主任', '行长', '副行长', '董事长', '总经理', '院长', '副院长', '校长', '副校长', '教授', '副教授',
  '研究员', '工程师', '大使', '司令员', '政委', '组长', '社长', '总编辑'
]
// One alternation (longest first) so scanning a page is a single regex pass, not titles × chars.
const TITLE_RE = new RegExp(`(?:${[...TITLES].sort((a, b) => b.length - a.length).join('|')})`, 'g')

// Surname characters that far more often start an ordinary word right after a title (时, 向, 和…).
const NOT_AFTER_TITLE = new Set([...'时向和任曾关都应来在对与及等说表指也就还将国文初满南强荣高计干成原简楼师谈解连'].map((c) => c.charCodeAt(0)))

// Characters that typically start the word after a name (a verb, particle or conjunction).
const AFTER_NAME = new Set([...'报主表指说在等和与参出讲强同会一陪到率对为向也是的认介提作代发致希要感及以分带来将就还都先并于从已曾亲特则均接谈称回答看走'].map((c) => c.charCodeAt(0)))

function isNameEnd(text: string, end: number): boolean {
  if (end >= text.length) return true
  const c = text.charCodeAt(end)
  return !isHan(c) || AFTER_NAME.has(c)
}

/** The length (2 or 3) of a name starting at i and ending before a boundary, or 0. */
function nameAt(text: string, i: number, allowTwoAfterAny = false): number {
  const sl = surnameLength(text, i)
  if (sl === 0) return 0
  for (const len of [sl + 2, sl + 1]) {
    let ok = i + len <= text.length
    for (let k = i; ok && k < i + len; k++) ok = isHan(text.charCodeAt(k))
    if (ok && (isNameEnd(text, i + len) || (allowTwoAfterAny && len === sl + 1 && i + len === text.length))) return len
  }
  return 0
}

function person(start: number, end: number, confidence: number): Candidate {
  return { start, end, type: 'PERSON', confidence, signal: 'rule', priority: PRIORITY.rule }
}

// A byline: 记者 right after a bracket, 本报, an agency, a dateline's 电 or a list comma.
const BYLINE = /(?<=[（(、]|本报|新华社|中新社|电|^|\n)(?:特派|驻[\u4e00-\u9fff]{1,4})?(?:记者|通讯员|实习生|特约撰稿人)[ \u3000]*/g
const CREDIT = /[ \u3000]*摄(?=[）)\n。]|$)/g

/** Bylines, photo credits and title + name candidates. */
export function personCandidates(text: string): Candidate[] {
  const out: Candidate[] = []
  BYLINE.lastIndex = 0
  for (let m = BYLINE.exec(text); m; m = BYLINE.exec(text)) {
    // One or more names separated by spaces or 、 after 记者.
    let i = m.index + m[0].length
    for (;;) {
      let len = nameAt(text, i)
      // 记者陈飞摄: the 摄 (photographed by) is not part of the name.
      if (len === 3 && text[i + 2] === '摄') len = 2
      if (len === 0) break
      out.push(person(i, i + len, 0.9))
      i += len
      while (text[i] === ' ' || text[i] === '\u3000' || text[i] === '、') i++
    }
  }
  CREDIT.lastIndex = 0
  for (let m = CREDIT.exec(text); m; m = CREDIT.exec(text)) {
    const end = m.index
    for (const len of [3, 2, 4]) {
      const start = end - len
      if (start < 0) continue
      let ok = true
      for (let k = start; ok && k < end; k++) ok = isHan(text.charCodeAt(k))
      const before = text[start - 1] ?? '\n'
      // The name must follow a boundary (line start, bracket, punctuation, space or 记者).
      if (ok && surnameLength(text, start) > 0 && (/[\n（(，,。、 \u3000]/.test(before) || text.slice(start - 2, start) === '记者')) {
        out.push(person(start, end, 0.9))
        break
      }
    }
  }
  TITLE_RE.lastIndex = 0
  for (let m = TITLE_RE.exec(text); m; m = TITLE_RE.exec(text)) {
    const at = m.index + m[0].length
    if (NOT_AFTER_TITLE.has(text.charCodeAt(at))) continue
    const len = nameAt(text, at)
    if (len > 0) out.push({ ...person(at, at + len, 0.75), priority: PRIORITY.fillIn })
  }
  return out
}

// Honorifics, kinship terms and posts written after a name (孙先生, 周总理, 何大爷, 王老师, 李部长): a form
// of address, not part of the name. 夫人 is left alone (X夫人 also names the wife herself).
const HONORIFIC_AFTER = /(?:先生|女士|小姐|太太|师傅|老师|同志|大爷|大妈|大娘|大姐|大哥|大嫂|阿姨|老汉|总理|主席|书记|总统|教授|医生|大夫|姓|大使|部长|省长|市长|县长|区长|局长|厂长|校长|院长|主任|经理|司令|将军|博士|院士|委员长)$/

/** A model name with the honorific after it cut off (孙先生 → 孙); the candidate itself otherwise. */
export function withoutHonorific(text: string, c: Candidate): Candidate {
  if (c.type !== 'PERSON' || c.signal !== 'model') return c
  const m = HONORIFIC_AFTER.exec(text.slice(c.start, c.end))
  return m && m.index > 0 ? { ...c, end: c.start + m.index } : c
}

/**
 * Extends recognised people along a 、-separated list: an untagged item of 2–4 Chinese characters
 * that starts with a surname, between a 、 and a 、/等/punctuation, is a person too.
 */
export function listPersonCandidates(text: string, entities: readonly DerivedEntity[]): Candidate[] {
  const out: Candidate[] = []
  const taken = new Set<number>()
  for (const e of entities) for (let i = e.start; i < e.end; i++) taken.add(i)
  // Only lists that already hold two recognised people next to each other: a single person in a
  // list of common nouns (司机、清洁工) says nothing about the other items.
  const people = entities.filter((e) => e.type === 'PERSON')
  const personAt = new Map(people.map((e) => [e.start, e]))
  const personEndingAt = new Map(people.map((e) => [e.end, e]))
  const seeds = people.filter((e) => (text[e.end] === '、' && personAt.has(e.end + 1)) || (text[e.start - 1] === '、' && personEndingAt.has(e.start - 1)))
  const visit = (start: number, end: number): boolean => {
    if (end - start < 2 || end - start > 4) return false
    for (let k = start; k < end; k++) if (!isHan(text.charCodeAt(k)) || taken.has(k)) return false
    if (surnameLength(text, start) === 0) return false
    out.push(person(start, end, 0.7))
    for (let k = start; k < end; k++) taken.add(k)
    return true
  }
  for (const e of seeds) {
    // Rightwards: 、X、Y等
    let i = e.end
    while (text[i] === '、') {
      let j = i + 1
      while (j < text.length && j - i <= 5 && isHan(text.charCodeAt(j)) && text[j] !== '等') j++
      if (!taken.has(i + 1) && !visit(i + 1, j)) break
      i = j
      while (i < text.length && taken.has(i)) i++
    }
    // Leftwards: X、Y、<seed>
    let k = e.start
    while (text[k - 1] === '、') {
      let j = k - 2
      while (j >= 0 && k - 1 - j <= 4 && isHan(text.charCodeAt(j))) j--
      const start = j + 1
      const boundary = j < 0 || !isHan(text.charCodeAt(j))
      if (!boundary || (!taken.has(start) && !visit(start, k - 1))) break
      k = start
    }
  }
  return out
}
