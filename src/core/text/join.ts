import {
  isCloser,
  isLineFinal,
  isDigitLike,
  isHan,
  isMidSentencePunct,
  isNonInitialPunct,
  isOpener,
  isSentenceEnd,
  trailingGroupOpen
} from './chars'
import { endsWithPhotoCredit, isBylineLine, isParenthesisedLine, startsWithLead } from './news-patterns'

/**
 * Deciding whether a line break cuts a paragraph (a column break or hard wrap the extraction left
 * behind) or separates two paragraphs. The decision reads only the two lines around the break.
 * Headlines, bylines, table rows and verse also end without punctuation, so a short
 * unpunctuated line is joined only on positive evidence that it continues.
 */

/** A line longer than this that ends without sentence punctuation is a cut paragraph. */
const LONG_LINE = 40
/** Below this length a line is more likely a title, a name, verse or a table cell than a cut. */
const MIN_CUT = 10

/** Characters that leave a clause unfinished: 的, 了, 是, 于… rarely end a headline or a name. */
const DANGLING_END = new Set(Array.from('的了是于或被而且但每各之这那其该也又跟', (c) => c.charCodeAt(0)))

/** What may follow a number cut in two: more digits, or 年月日号时分秒点万亿元%. */
const NUMBER_CONTINUATION = new Set(Array.from('年月日号时分秒点万亿元%％．.', (c) => c.charCodeAt(0)))

/** Marks that open a list item or a section: ● △ ※ … */
const BULLETS = new Set(Array.from('●○■□◆◇△▲▼▽★☆※＊*•·', (c) => c.charCodeAt(0)))

/** Section labels that open a paragraph: 编者按：, 图片：, 附记：, 编辑点评： */
const LABEL_RE = /^(?:编者按|编者的话|编后语?|编辑点评|点评|短评|附记|附|注|说明|图片|图|链接|背景资料|背景|资料|结束语|相关链接|记者手记|小资料)[:：]?$|^(?:编者按|编者的话|编后语?|编辑点评|点评|短评|附记|注|说明|图片|图|链接|背景资料|背景|资料|结束语|相关链接|记者手记|小资料)[:：]/

/** Enumerated items: 1、 一、 （一） 1． 第二条 */
const ENUMERATOR_RE = /^(?:[0-9０-９]{1,2}[、．.](?![0-9０-９])|[一二三四五六七八九十]{1,3}[、．]|[（(][0-9０-９一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十百0-9０-９]{1,4}[条章节款部])/

function lastCode(s: string): number {
  return s.charCodeAt(s.length - 1)
}

function hasInnerSentenceEnd(s: string): boolean {
  for (let i = 0; i < s.length - 1; i++) {
    if (isSentenceEnd(s.charCodeAt(i))) return true
  }
  return false
}

/** "…——编者" and similar: a dash followed by a short signature closes a note. */
function endsWithSignature(s: string): boolean {
  const dash = s.lastIndexOf('—')
  const tail = s.length - dash - 1
  return dash >= 0 && tail >= 1 && tail <= 6
}

/**
 * For a line ending in a closing bracket: true when the bracketed group is a trailing credit or
 * dateline after a finished sentence ("…。（杜中武孙传刚）", "…。(新华社北京1月1日电)") or the
 * whole line.
 */
function endsWithTrailingGroup(s: string): boolean {
  const open = trailingGroupOpen(s)
  if (open < 0) return false
  if (open === 0) return true
  const before = s.charCodeAt(open - 1)
  return isSentenceEnd(before) || isCloser(before)
}

/** True when the line is an opener that never continues a previous paragraph. */
function opensParagraph(right: string): boolean {
  const first = right.charCodeAt(0)
  if (BULLETS.has(first)) return true
  const head = right.length > 24 ? right.slice(0, 24) : right
  return (
    ENUMERATOR_RE.test(head) ||
    LABEL_RE.test(head) ||
    startsWithLead(right) ||
    isBylineLine(right) ||
    isParenthesisedLine(right) ||
    (right.length <= 40 && endsWithPhotoCredit(right))
  )
}

/** Share of digits in the line: table rows and statistics are mostly digits. */
function digitShare(s: string): number {
  let digits = 0
  for (let i = 0; i < s.length; i++) if (isDigitLike(s.charCodeAt(i))) digits++
  return s.length === 0 ? 0 : digits / s.length
}

/** The right-hand line ends like the tail of a paragraph (a finished sentence or a credit). */
function endsLikeParagraph(right: string): boolean {
  const last = lastCode(right)
  if (isLineFinal(last)) return true
  if (isCloser(last)) return right.length >= 2 && (isLineFinal(right.charCodeAt(right.length - 2)) || endsWithTrailingGroup(right))
  return false
}

/**
 * Names the rule that decides the break between `left` and `right` (both trimmed, non-empty);
 * rules ending in ":join" mean the break cuts one paragraph. Exposed for evaluation and tests.
 */
export function explainBreak(left: string, right: string, leftContinues = false): string {
  const last = lastCode(left)
  const first = right.charCodeAt(0)

  if (isLineFinal(last)) return 'sentence-end'
  // A paragraph cannot begin with a comma, a closing quote or a full stop.
  if (isNonInitialPunct(first)) return 'right-continues:join'
  if (opensParagraph(right)) return 'right-opens'

  if (last === 0xff09 || last === 0x29) {
    if (endsWithTrailingGroup(left)) return 'trailing-group'
  } else if (isCloser(last)) {
    // 。” and ！』 end a sentence.
    if (left.length >= 2 && isLineFinal(left.charCodeAt(left.length - 2))) return 'quoted-sentence-end'
  }
  if (last === 0xff1a || last === 0x3a) return 'colon'
  if (last === 0x2014 || last === 0x2015 || last === 0xff0d || last === 0x2d) return 'dash'
  if (isMidSentencePunct(last) && !isOpener(last)) return left.length >= MIN_CUT ? 'comma-end:join' : 'comma-end-short'
  if (isOpener(last)) return 'opener-end:join'

  if (startsWithLead(left) && !isBylineLine(left)) return 'left-lead:join'
  if (endsWithSignature(left)) return 'signature'
  if (isBylineLine(left) || isParenthesisedLine(left) || endsWithPhotoCredit(left)) return 'left-closed'
  if (BULLETS.has(left.charCodeAt(0))) return 'left-bullet'
  // The tail of a cut paragraph finishes it; a short unfinished line after the break is a title.
  if (right.length < 20 && !endsLikeParagraph(right) && !isMidSentencePunct(lastCode(right))) return 'right-title'
  const tabular = digitShare(left) > 0.4
  if (tabular && !(isDigitLike(last) && isDigitLike(first) && endsLikeParagraph(right))) return 'tabular'
  if (hasInnerSentenceEnd(left)) return 'inner-sentence:join'
  if (left.length > LONG_LINE) return 'long:join'

  // The left line is itself the tail of a cut paragraph (no headline starts mid-paragraph).
  if (leftContinues && !isCloser(last) && endsLikeParagraph(right)) return 'continued:join'
  // Short and unpunctuated: a headline, a byline or verse unless something says otherwise.
  if (left.length < MIN_CUT) return 'short'
  if (!endsLikeParagraph(right)) return 'right-unfinished'
  if ((isDigitLike(last) || last === 0x5e74 || last === 0x6708) && isDigitLike(first)) return 'number-cut:join'
  if (isDigitLike(last) && NUMBER_CONTINUATION.has(first)) return 'number-cut:join'
  if (isHan(last) && DANGLING_END.has(last)) return 'dangling:join'
  if (first === 0x7684 /* 的 */ ? right.charCodeAt(1) !== 0x786e /* 的确 */ : first === 0x4eec /* 们 */) return 'right-particle:join'
  // Headings are set apart: numbered (一、), quoted (“…”) or balanced phrases; a paragraph's first
  // line is not. Past the heading checks, an opening adverbial, a clause comma or sheer length
  // says the line is the start of a paragraph.
  if (ENUMERATOR_RE.test(left) || isOpener(left.charCodeAt(0))) return 'heading'
  if (PARAGRAPH_OPENER_RE.test(left)) return 'paragraph-opener:join'
  if (SPEECH_RE.test(left)) return 'speech:join'
  if (left.length >= 15 && hasInnerClausePunct(left)) return 'clause:join'
  if (left.length >= 30) return 'long-unpunctuated:join'
  return 'ambiguous'
}

/** Words that open a paragraph's first sentence and never a headline: 据悉, 比如, 由于, 记得… */
const PARAGRAPH_OPENER_RE =
  /^(?:据悉|据介绍|据报道|据了解|据统计|据说|比如|例如|譬如|所谓|记得|由于|尽管|虽然|如果|只要|为了|随着|可能是|有人|有些人|但是|而且|因此|所以|同时|此外|另外|目前|近年来|近几年|当天|日前|近日|最近|当时|那时|后来|其中|正因为|说老实话|无独有偶|第[一二三四五六七八九十百]+条)/

/** A speech verb followed by a comma or colon: …认为，… 说：“ */
const SPEECH_RE = /(?:说|指出|认为|表示|强调|透露|介绍|宣布|笑道|问道|写道)[，,：:]/

/** A comma or colon inside the line (not at its ends). */
function hasInnerClausePunct(s: string): boolean {
  for (let i = 1; i < s.length - 1; i++) {
    const c = s.charCodeAt(i)
    if (c === 0xff0c || c === 0x2c || c === 0xff1a || c === 0x3a) return true
  }
  return false
}

/**
 * True when the break between `left` and `right` (both trimmed, non-empty) cuts one paragraph.
 * `leftContinues` says the left line is itself the continuation of a cut paragraph.
 */
export function breaksParagraph(left: string, right: string, leftContinues = false): boolean {
  return explainBreak(left, right, leftContinues).endsWith(':join')
}

/** Characters often written twice on purpose (天天, 常常, 看看): never treated as extraction doubling. */
const REDUPLICATED = new Set(
  Array.from(
    '天人年月日家户处事时常刚渐慢稍悄默纷往久偏仅听看想说谈试问走等找聊读写笑尝玩逛转摸拍帮谢哥姐妹弟爸妈奶爷婆公叔姑舅星声步层个条件次点滴片匆轻仔细明白干净清楚高兴平安漂亮热闹舒服快乐大小多少深浅红绿黑蓝团圆滚哈呵嘻啦冷静悠',
    (c) => c.charCodeAt(0)
  )
)

/**
 * True when the character before the break is repeated right after it ("良好" / "好的"), which
 * extraction does at column edges. Reduplicated words (天天, 常常) and digits are left alone.
 */
export function isDoubledAcrossBreak(left: string, right: string): boolean {
  const a = lastCode(left)
  const b = right.charCodeAt(0)
  if (a !== b || !isHan(a) || a >= 0xd800) return false
  if (REDUPLICATED.has(a)) return false
  // "好好" inside the left line already means the doubling is the writer's.
  if (left.length >= 2 && left.charCodeAt(left.length - 2) === a) return false
  return right.length >= 2
}
