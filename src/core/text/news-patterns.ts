/**
 * Shapes of the fixed-form lines a Chinese newspaper page is made of: datelines and leads,
 * bylines, credits, photo markers. Both the normaliser (a lead is never the end of a paragraph)
 * and the segmenter (a lead starts an article) read them. Each regular expression is applied to
 * at most one short prefix or suffix of a line, never per character.
 */

const NUM = '[0-9０-９〇零一二三四五六七八九十]'
const DATE = `(?:${NUM}{1,4}年)?(?:${NUM}{1,3}月)?(?:${NUM}{1,3}日)?`
/** News agencies and papers whose name opens a dateline. */
const AGENCY =
  '(?:本[报報]|本刊|新[华華]社|中新社|中新[网網]|中央社|法新社|美[联聯]社|路透社|共同社|塔斯社|俄通社|埃菲社|安莎社|[韩韓][联聯]社|合[众眾]国际社|人民日[报報]|人民[网網]|新[华華][网網])'

/**
 * A dateline lead at the start of a paragraph: 本报讯, 本报北京1月1日电, 新华社北京十二月三十一日电,
 * 据新华社莫斯科12月30日电. The place may not contain 记 (so a byline such as
 * 新华社记者…通讯员 is not read as one), and 电/讯 must not start a word such as 电台 or 通讯员.
 */
const LEAD_RE = new RegExp(
  `^(?:据|據|又据|又據)?${AGENCY}(?:[驻駐][^\\s，,。：:（(记記]{1,8}[记記]者[^\\s，,。：:（(]{0,6})?[^\\s，,。：:（()记記]{0,10}?${DATE}(?:专|專|特|综合|綜合)?(?:电|讯|電|訊)(?![台视視话話脑腦子影器力站网網厂廠缆纜车車信报報员員])`
)

/** True when the line opens with a dateline lead (本报讯, 新华社…电). */
export function startsWithLead(line: string): boolean {
  return LEAD_RE.test(line.length > 48 ? line.slice(0, 48) : line)
}

/** Returns the dateline at the start of the line (e.g. "新华社北京1月1日电"), or null. */
export function matchLead(line: string): string | null {
  const m = LEAD_RE.exec(line.length > 48 ? line.slice(0, 48) : line)
  return m ? m[0] : null
}

const BYLINE_UNIT =
  '(?:(?:本[报報]|新[华華]社|人民日[报報]|经济日报|光明日报|中国日报|中央人民广播电台|中央电视台|中国国际广播电台|国际广播电台|[\\u4e00-\\u9fff]{2,8}?(?:报|報|社|台|网|網))?' +
  '(?:[驻駐][\\u4e00-\\u9fff]{1,8}?)?(?:特派|特约|特約|实习|實習|首席)?(?:记者|記者|通讯员|通訊員|评论员|評論員|摄影记者|攝影記者|摄影|攝影|撰稿人|编辑|編輯)' +
  '[\\s\\u3000]*[\\u4e00-\\u9fff·•、，, ]{0,24})'
const BYLINE_RE = new RegExp(`^(?:${BYLINE_UNIT})+$`)

/** True for a byline line: 本报记者刘工践, 新华社记者孙茂庆新华社通讯员钱友荣郭凯, 本报评论员. */
export function isBylineLine(line: string): boolean {
  return line.length <= 60 && BYLINE_RE.test(line)
}

/** A line wholly in parentheses: a closing credit such as （杜中武孙传刚） or （新华社记者周确摄）. */
const PAREN_LINE_RE = /^(?:[（(][^（()）]{1,40}[)）]){1,3}$/

export function isParenthesisedLine(line: string): boolean {
  return line.length <= 90 && PAREN_LINE_RE.test(line)
}

/**
 * A photo credit at the end of a caption: "徐晶玮 摄", "（新华社记者兰红光摄）", "（本报记者李舸摄自张北）",
 * "(新华社发美联社照片)". Tested on the last 40 characters of a line.
 */
const PHOTO_CREDIT_RE =
  /(?:[（(](?!附|(?:中国|中國|水墨|彩墨|水彩|套色|年|版|油|漫|国|國|壁|素描|速写|速寫|组|組|插)?[画畫][)）])[^（()）]{0,30}(?:摄|攝|摄影|攝影|照片|供图|供圖|制图|製圖|绘|繪|画|畫)[^（()）]{0,12}[)）]|[\u4e00-\u9fff·]{2,8}[ \u3000]*(?:摄|攝|摄影|攝影|供图|供圖))(?:[（(][^（()）]{0,12}[)）])*$/

export function endsWithPhotoCredit(line: string): boolean {
  return PHOTO_CREDIT_RE.test(line.length > 40 ? line.slice(-40) : line)
}

/** A photo marker in a title: （图片）, (附图片1张), 图片新闻, 压题照片. */
const PHOTO_MARK_RE = /[（(](?:附)?(?:图片|圖片|照片|传真照片|傳真照片)[^（()）]{0,6}[)）]|^[图圖]片(?:新闻|新聞)?[:：]?$|^(?:组图|組圖|图片新闻|圖片新聞|新闻图片|新聞圖片)/

export function hasPhotoMark(line: string): boolean {
  return PHOTO_MARK_RE.test(line)
}

/** "（附图片1张）"-style markers only: the article has a picture, but is not a photo item. */
const ATTACHED_PHOTO_RE = /[（(]附(?:图片|圖片|照片)[^（()）]{0,6}[)）]/

export function hasAttachedPhotoMark(line: string): boolean {
  return ATTACHED_PHOTO_RE.test(line)
}
