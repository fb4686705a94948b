import { matchLead } from '../text/news-patterns'

/**
 * Reading names out of the fixed forms a page credits people in: leads (本报讯（记者 黄雅婷）,
 * 新华社贵阳12月31日电（记者刘子富）, 本报北京1月1日讯记者陈雁、何加正报道：), bylines
 * (本报记者刘工践), closing credits (（王琤）) and photo credits (徐晶玮 摄, （新华社记者兰红光摄）).
 * Offsets are relative to the line the form was found in.
 */

/** A name found in a line, with its offsets in that line. */
export interface NameSpan {
  readonly text: string
  readonly start: number
  readonly end: number
}

/** What a lead paragraph opens with: the dateline and the reporters named with it. */
export interface LeadParts {
  /** 本报讯, 新华社北京1月1日电 (without 据). */
  readonly dateline: string
  /** End of the dateline in the line (据 included). */
  readonly datelineEnd: number
  /** End of the whole opening (dateline, then a reporter group or 记者…报道：) in the line. */
  readonly end: number
  readonly reporters: readonly NameSpan[]
}

/** Role words before names: 本报记者, 新华社记者, 通讯员, 特约记者, 实习生… */
const ROLE_PREFIX_RE =
  /^(?:(?:本[报報]|新[华華]社|中新社|人民日[报報]|经济日报|光明日报|中央人民广播电台|中央电视台|中国国际广播电台|国际广播电台|[\u4e00-\u9fff]{2,10}?(?:报|報|社|台|网|網))?(?:[驻駐][\u4e00-\u9fff]{1,8}?)?(?:特派|特约|特約|实习|實習|首席|摄影|攝影)?(?:记者|記者|通讯员|通訊員|评论员|評論員|实习生|實習生|摄影|攝影))+/

/** 2–9 Chinese characters (rare ones outside the BMP included) or a transliterated name with ·. */
const NAME_RE = /^(?:[\u3400-\u4dbf\u4e00-\u9fff·•]|[\ud840-\ud8bf][\udc00-\udfff]){2,9}$/

/** Splits a run of names such as "黄雅婷", "陈雁、何加正", "记者 张东波 陈学如" into name spans. */
export function splitNames(segment: string, offset: number): NameSpan[] {
  const names: NameSpan[] = []
  const re = /[^、，,\s\u3000；;和与及]+/g
  for (let m = re.exec(segment); m; m = re.exec(segment)) {
    let token = m[0]
    let start = offset + m.index
    const prefix = ROLE_PREFIX_RE.exec(token)
    if (prefix) {
      token = token.slice(prefix[0].length)
      start += prefix[0].length
    }
    token = token.replace(/(?:报道|報道|摄影|攝影|摄|攝|等)$/, '')
    if (token.length === 0 || !NAME_RE.test(token)) continue
    for (const part of splitRun(token)) names.push({ text: part.text, start: start + part.start, end: start + part.end })
  }
  return names
}

/**
 * A run of Chinese characters that may hold several names without separators (本报记者李济国贾建舟).
 * Without a name recogniser only the unambiguous cases are split: six characters as 3+3. Longer
 * or odd runs stay whole; the analysis replaces them with recognised person names when it can.
 */
function splitRun(token: string): { text: string; start: number; end: number }[] {
  if (token.length === 6 && !token.includes('·')) {
    return [
      { text: token.slice(0, 3), start: 0, end: 3 },
      { text: token.slice(3), start: 3, end: 6 }
    ]
  }
  return [{ text: token, start: 0, end: token.length }]
}

/** Parses the opening of a lead paragraph; null when the line does not open with a dateline. */
export function parseLead(line: string): LeadParts | null {
  const matched = matchLead(line)
  if (!matched) return null
  const dateline = matched.replace(/^又?据/, '')
  const datelineEnd = matched.length
  let end = datelineEnd
  const reporters: NameSpan[] = []
  const rest = line.slice(end, end + 60)
  // （记者 黄雅婷） or （中央人民广播电台记者刘振英、新华社记者张宿堂） or （江涛、曹斌）
  const group = /^[（(]([^（()）]{1,50})[)）]/.exec(rest)
  if (group) {
    const inner = group[1] as string
    if (!/[。，,：:]/.test(inner) || /[记記]者|通[讯訊][员員]/.test(inner)) reporters.push(...splitNames(inner, end + 1))
    end += group[0].length
  } else {
    // 记者陈雁、本报记者何加正报道： or 记者黄振中、白剑峰报道：
    const reported = /^((?:[\u4e00-\u9fff]{0,12}?(?:[记記]者|通[讯訊][员員])[^，。：:（(]{1,40}?))[报報]道[:：]?/.exec(rest)
    if (reported) {
      reporters.push(...splitNames(reported[1] as string, end))
      end += reported[0].length
    }
  }
  return { dateline, datelineEnd, end, reporters }
}

/** Names in a byline line: 本报记者刘工践, 新华社记者孙茂庆新华社通讯员钱友荣郭凯. */
export function parseByline(line: string): NameSpan[] {
  const names: NameSpan[] = []
  // A role word, the names, then the next outlet + role word or the end. Outlets are named
  // by their full suffix (日报, 电视台, 通讯社…) so a name ending in 社 or 报 is not cut short.
  const re = /(?:[记記]者|通[讯訊][员員]|[评評][论論][员員]|[实實][习習]生|[摄攝]影)[\s\u3000]*([\u4e00-\u9fff·、 ]{2,24}?)(?=(?:本[报報]|新[华華]社|中新社|[\u4e00-\u9fff]{1,8}?(?:日[报報]|晚[报報]|[电電]视台|[电電]台|通[讯訊]社|杂志社|[报報]社))?(?:[驻駐][\u4e00-\u9fff]{1,8}?)?(?:特派|特约|特約|实习|實習|首席)?(?:[记記]者|通[讯訊][员員]|[评評][论論][员員]|[实實][习習]生|[摄攝]影)|$)/g
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const segment = m[1] as string
    const at = m.index + m[0].length - segment.length
    names.push(...splitNames(segment, at))
  }
  return names
}

/**
 * The photographers in a photo credit at the end of a line: "徐晶玮 摄", "（新华社记者兰红光摄）",
 * "（周朝荣钱云强摄影报道）", "（照片：秦陶摄）". Agency photos (（新华社发美联社照片）) name nobody.
 */
export function parsePhotoCredit(line: string): NameSpan[] {
  const tail = line.length > 50 ? line.length - 50 : 0
  const text = line.slice(tail)
  // Bracketed credit.
  const bracket = /[（(]([^（()）]{1,40}?)(?:摄影报道|攝影報道|摄影|攝影|摄|攝)[^（()）]{0,12}[)）](?:[（(][^（()）]{0,12}[)）])*$/.exec(text)
  if (bracket) {
    const inner = (bracket[1] as string).replace(/^(?:照片|图片|压题照片|摄影)[:：]?/, '')
    const innerStart = bracket.index + 1 + ((bracket[1] as string).length - inner.length)
    return splitNames(inner, tail + innerStart)
  }
  // Unbracketed: …。徐晶玮 摄
  const plain = /([\u4e00-\u9fff·、 ]{2,20}?)[ \u3000]*(?:摄影报道|攝影報道|摄影|攝影|摄|攝)$/.exec(text)
  if (plain) {
    let names = plain[1] as string
    let start = plain.index
    const sentence = Math.max(names.lastIndexOf('。'), names.lastIndexOf('，'))
    if (sentence >= 0) {
      names = names.slice(sentence + 1)
      start += sentence + 1
    }
    return splitNames(names, tail + start)
  }
  return []
}

/** Names in a closing credit such as （王琤） or （杜中武孙传刚）; none for datelines like （新华社北京1月1日电）. */
export function parseClosingCredit(line: string): NameSpan[] {
  const m = /[（(]([^（()）]{2,20})[)）]$/.exec(line)
  if (!m) return []
  const inner = m[1] as string
  if (/电|社|报|台|网|据|供稿|摄|照片|图|作者|单位|编|译|整理|辑|部/.test(inner)) return []
  return splitNames(inner, m.index + 1)
}
