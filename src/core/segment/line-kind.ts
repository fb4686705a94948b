import { isCloser, isHan, isLineFinal, isSentenceEnd, trailingGroupOpen } from '../text/chars'
import {
  endsWithPhotoCredit,
  hasAttachedPhotoMark,
  hasPhotoMark,
  isBylineLine,
  isParenthesisedLine,
  startsWithLead
} from '../text/news-patterns'

/**
 * What a line of a newspaper page is, judged from the line alone. The segmenter combines these
 * with the lines around them; the article-structure pass uses them to assign line roles.
 */
export type LineKind =
  /** Short and unpunctuated at the end: a headline, a subheadline or a section heading. */
  | 'heading'
  /** A paragraph of running text. */
  | 'body'
  /** A paragraph opening with a dateline: 本报讯, 新华社北京1月1日电. */
  | 'lead'
  /** 本报记者刘工践, 新华社记者孙茂庆新华社通讯员钱友荣郭凯. */
  | 'byline'
  /** A line wholly in brackets at the end of an item: （杜中武孙传刚）, （新华社北京1月1日电）. */
  | 'credit'
  /** A photo credit line: （新华社记者周确摄）, 徐晶玮 摄. */
  | 'photo-credit'
  /** （附图片1张）: the article carries a picture. */
  | 'photo-note'
  /** A bracketed date under a speech title: （一九九七年十二月三十一日）. */
  | 'date-note'
  /** ——编者, ———王文西（山东）: a signature after a dash. */
  | 'signature'
  /** 图片：, 编者按：, 附记： — a section label. */
  | 'label'
  /** 一, ２、, （三）, 第二章总则: a numbered section mark. */
  | 'numbered'
  /** A row of figures. */
  | 'table'

export interface LineInfo {
  readonly kind: LineKind
  /** Code units in the line. */
  readonly length: number
  /** The line ends with a finished sentence (。！？； or such a mark before a closing quote). */
  readonly endsSentence: boolean
  /** A finished sentence followed by a bracketed credit or dateline: …。（王琤） */
  readonly endsWithCredit: boolean
  /** The line ends with a photo credit: …徐晶玮 摄, …（新华社记者兰红光摄）. */
  readonly endsWithPhotoCredit: boolean
  /** （图片）, （附图片1张）, 图片新闻 in the line. */
  readonly photoMark: boolean
  /** （附图片1张）-style marks only. */
  readonly attachedPhotoMark: boolean
  /** 2–4 Chinese characters and nothing else (or a name with ·): an author's name, typically. */
  readonly nameLike: boolean
  /** A heading of the form "topic：phrase" with a short topic: 误区：甲减下的人让乙背上. */
  readonly colonHeading: boolean
  /** The whole line is in quotation marks: “向改革要警力”. */
  readonly quoted: boolean
  /** The line ends with ？ or ！. */
  readonly exclaims: boolean
}

const LABEL_RE = /^(?:图片|照片|组图|编者按|编者的话|编后语?|附记|编辑点评|点评|短评|结束语|相关链接|链接|背景资料|小资料|记者手记|内容提要|说明|注)[:：]?$/
const NUMBERED_RE = /^(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}|[（(][0-9０-９一二三四五六七八九十]{1,3}[)）])$|^(?:[0-9０-９]{1,2}[、．.]|[一二三四五六七八九十]{1,3}[、．]|[（(][0-9０-９一二三四五六七八九十]{1,3}[)）])[^。！？]{1,24}$|^第[一二三四五六七八九十百0-9０-９]{1,4}[章节篇部分]/
const DATE_NOTE_RE = /^[（(][0-9０-９〇零一二三四五六七八九十年月日·.．\s]{4,20}[)）]$/
const MARKER_RE = /^[（(][Ａ-Ｚａ-ｚA-Za-z、，, ]{1,9}[)）]$/
const SIGNATURE_RE = /^[—－-]{1,4}[^—－-]{1,16}$/

function endsSentence(text: string): boolean {
  const n = text.length
  const last = text.charCodeAt(n - 1)
  if (isLineFinal(last)) return true
  return n >= 2 && isCloser(last) && isLineFinal(text.charCodeAt(n - 2))
}

/** True when a bracketed group closes the line right after a finished sentence. */
function endsWithTrailingGroup(text: string): boolean {
  const last = text.charCodeAt(text.length - 1)
  if (last !== 0xff09 && last !== 0x29) return false
  const open = trailingGroupOpen(text)
  if (open <= 0) return false
  const before = text.charCodeAt(open - 1)
  // …。（王琤） or …。（新华社记者李明放摄）（传真照片）
  return isSentenceEnd(before) || before === 0xff09 || before === 0x29 || (isCloser(before) && open >= 2 && isSentenceEnd(text.charCodeAt(open - 2)))
}

function innerSentenceEnd(text: string): boolean {
  for (let i = 0; i < text.length - 1; i++) if (isSentenceEnd(text.charCodeAt(i))) return true
  return false
}

/** A row of figures: mostly digits and decimal points, few Chinese characters. */
function isFigureRow(text: string): boolean {
  let figures = 0
  let han = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if ((c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19) || c === 0x2e || c === 0xff0e || c === 0xb7 || c === 0xff0d || c === 0x2d || c === 0x25 || c === 0xff05) figures++
    else if (isHan(c)) han++
  }
  return figures / text.length >= 0.45 && han <= 8
}

function isNameLike(text: string): boolean {
  const n = text.length
  if (n < 2 || n > 9) return false
  let dots = 0
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c === 0xb7 || c === 0x2022 || c === 0x30fb) dots++
    else if (!isHan(c)) return false
  }
  return dots > 0 ? n >= 4 : n <= 4
}

/** The maximum length of a line that can be a headline or section heading. */
export const HEADING_MAX = 40

/** Classifies one line of the derived text. */
export function classifyLine(text: string): LineInfo {
  const length = text.length
  const sentence = endsSentence(text)
  const last = text.charCodeAt(length - 1)
  const exclaims = last === 0xff1f || last === 0xff01 || last === 0x3f || last === 0x21
  const tail = length > 40 ? text.slice(-40) : text
  const photoCredit = endsWithPhotoCredit(tail)
  const info = {
    length,
    endsSentence: sentence,
    endsWithCredit: endsWithTrailingGroup(text),
    endsWithPhotoCredit: photoCredit,
    photoMark: hasPhotoMark(text),
    attachedPhotoMark: hasAttachedPhotoMark(text),
    nameLike: isNameLike(text),
    colonHeading: false,
    quoted: false,
    exclaims
  }
  const make = (kind: LineKind, extra: Partial<LineInfo> = {}): LineInfo => ({ kind, ...info, ...extra })

  if (isParenthesisedLine(text)) {
    if (photoCredit) return make('photo-credit')
    if (info.attachedPhotoMark) return make('photo-note')
    if (DATE_NOTE_RE.test(text)) return make('date-note')
    if (MARKER_RE.test(text)) return make('label')
    return make('credit')
  }
  if (length <= 24 && SIGNATURE_RE.test(text)) return make('signature')
  if (startsWithLead(text) && length > 12) return make('lead')
  if (isBylineLine(text)) return make('byline')
  if (length <= 12 && LABEL_RE.test(text)) return make('label')
  if (length <= 30 && photoCredit && !innerSentenceEnd(text.slice(0, -1))) return make('photo-credit')
  if (length <= 30 && NUMBERED_RE.test(text)) return make('numbered')
  if (!sentence && isFigureRow(text)) return make('table')
  // A finished sentence with a credit or a photo credit after it is running text, however short.
  if (info.endsWithCredit || (photoCredit && innerSentenceEnd(text))) return make('body')

  const headingShaped = length <= HEADING_MAX && (!sentence || (exclaims && length <= 24 && !innerSentenceEnd(text)))
  if (headingShaped) {
    const colon = text.search(/[：:]/)
    const first = text.charCodeAt(0)
    const quoted = (first === 0x201c || first === 0x300e || first === 0x300c) && isCloser(last)
    return make('heading', { colonHeading: colon >= 1 && colon <= 6 && colon < length - 2, quoted })
  }
  return make('body')
}
