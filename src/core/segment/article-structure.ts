import type { ArticleKind, LineRole } from '../../shared/model/analysis'
import { parseByline, parseClosingCredit, parseLead, parsePhotoCredit, type NameSpan } from './credits'
import type { LineInfo } from './line-kind'
import type { PageLine } from './page-lines'

/**
 * The inside of one article, read from its lines: the headline block and the role of each of
 * its lines (kicker / headline / subheadline), the byline and dateline, the body, the captions
 * and credits, and what kind of item it is. All offsets here are derived-text offsets.
 *
 * This decides roles only. The text fields (headline, body…) are not read here: segmentPage
 * computes them from the role spans with src/core/text/article-text, the same definition the
 * editing core re-derives and validates them with.
 */

/** A span of one line with the role it plays (a lead line is split into dateline and body). */
export interface RoleSpan {
  readonly role: LineRole
  readonly start: number
  readonly end: number
}

/** A person named in a credit, where they were found (derived offsets). */
export interface CreditName extends NameSpan {
  readonly role: 'reporter' | 'photographer'
}

export interface ArticleStructure {
  readonly kind: ArticleKind
  readonly spans: readonly RoleSpan[]
  readonly credits: readonly CreditName[]
}

/** Cues that a first headline line is a kicker (引题) setting up the main headline. */
const KICKER_END_RE = /(?:指出|强调|表示|要求|提出|认为|时说|时指出|时强调|之际|前夕|期间|以来|之后|会上|上|中|[:：—－-])$/

/** The kinds that can sit in an article's opening block. */
function isOpeningKind(info: LineInfo): boolean {
  return info.kind === 'heading' || info.kind === 'photo-note' || info.kind === 'date-note' || info.kind === 'byline'
}

/** Joins headline lines: Chinese lines join directly, Latin text keeps a space. */
function joinHeadline(parts: readonly string[]): string {
  let out = ''
  for (const part of parts) {
    if (out && /[A-Za-z0-9]$/.test(out) && /^[A-Za-z0-9]/.test(part)) out += ' '
    out += part
  }
  return out
}

/** Roles for a headline block of n titles (lines joined across soft breaks already). */
function headlineRoles(titles: readonly string[]): LineRole[] {
  const n = titles.length
  if (n === 1) return ['headline']
  if (n === 2) {
    const second = titles[1] as string
    if (/^[—－-]/.test(second)) return ['headline', 'subheadline']
    return KICKER_END_RE.test(titles[0] as string) ? ['kicker', 'headline'] : ['headline', 'subheadline']
  }
  // A longer block opens with a kicker only when its first line reads as one; otherwise the
  // first line is the main headline (a meeting report's "…会议召开") and the rest are
  // subheadlines, so the contract's headline + subheadlines keep every title line.
  const first = titles[0] as string
  const second = titles[1] as string
  const rest = new Array<LineRole>(n - 2).fill('subheadline')
  if (KICKER_END_RE.test(first) || first.length * 4 <= second.length * 3) return ['kicker', 'headline', ...rest]
  return ['headline', 'subheadline', ...rest]
}

export interface StructureInput {
  readonly lines: readonly PageLine[]
  readonly infos: readonly LineInfo[]
  /** Index of the article's first line and one past its last. */
  readonly from: number
  readonly to: number
  /** True when line i follows line i-1 across a single line break (a title wrapped over two lines). */
  readonly softBreakBefore: (i: number) => boolean
}

/** Reads the structure of the article made of lines [from, to). */
export function readArticleStructure({ lines, infos, from, to, softBreakBefore }: StructureInput): ArticleStructure {
  const spans: RoleSpan[] = []
  const credits: CreditName[] = []
  const line = (i: number): PageLine => lines[i] as PageLine
  const info = (i: number): LineInfo => infos[i] as LineInfo

  // 1. Opening block: headline lines (at most four titles), notes and bylines.
  const titleGroups: number[][] = []
  let i = from
  while (i < to && isOpeningKind(info(i))) {
    const kind = info(i).kind
    if (kind === 'heading') {
      // A title wrapped over two lines (重点项目 / 进行时) is one title; a name under the
      // headline block (周德武) is its byline.
      if (titleGroups.length > 0 && softBreakBefore(i) && info(i - 1).kind === 'heading') {
        ;(titleGroups[titleGroups.length - 1] as number[]).push(i)
      } else if (titleGroups.length > 0 && info(i).nameLike && i + 1 < to && !isOpeningKind(info(i + 1))) {
        break
      } else if (titleGroups.length >= 4) {
        break
      } else {
        titleGroups.push([i])
      }
    } else if (kind === 'byline') {
      break
    }
    i++
  }
  // Roll back trailing non-heading lines (notes) into the block only as notes.
  const titleLines = new Set(titleGroups.flat())
  const titles = titleGroups.map((group) => joinHeadline(group.map((j) => line(j).text)))
  const roles = titleGroups.length > 0 ? headlineRoles(titles) : []
  titleGroups.forEach((group, g) => {
    const role = roles[g] as LineRole
    for (const j of group) spans.push({ role, start: line(j).start, end: line(j).end })
  })

  // 2. The rest of the article, line by line. Everything that is neither headline block, byline
  // nor dateline is body or caption (captions are part of the body, so a photo item's text is
  // its caption).
  let datelineSeen = false
  let paragraphs = 0
  let photoCredited = false
  let leadSeen = false
  const photoMarked = titles.some((t) => /[（(](?:图片|照片|传真照片)[)）]|^图片新闻$|^新闻图片$/.test(t))
  const addCredits = (names: readonly NameSpan[], at: number, role: CreditName['role']): void => {
    for (const name of names) credits.push({ ...name, start: at + name.start, end: at + name.end, role })
  }
  for (let j = from; j < to; j++) {
    if (titleLines.has(j)) continue
    const l = line(j)
    const li = info(j)
    if (li.kind === 'byline') {
      spans.push({ role: 'byline', start: l.start, end: l.end })
      addCredits(parseByline(l.text), l.start, 'reporter')
      continue
    }
    if (li.kind === 'heading' && j < i && li.nameLike) {
      // An author's name right under the headline block.
      spans.push({ role: 'byline', start: l.start, end: l.end })
      credits.push({ text: l.text, start: l.start, end: l.end, role: 'reporter' })
      continue
    }
    if (li.kind === 'credit') {
      // A closing credit: （王琤）, or a dateline at the end: （新华社北京1月1日电）.
      const names = parseClosingCredit(l.text)
      spans.push({ role: 'byline', start: l.start, end: l.end })
      addCredits(names, l.start, 'reporter')
      continue
    }
    if (li.kind === 'date-note') {
      spans.push({ role: 'dateline', start: l.start, end: l.end })
      datelineSeen = true
      continue
    }
    if (li.kind === 'photo-credit' || li.endsWithPhotoCredit) {
      photoCredited = true
      addCredits(parsePhotoCredit(l.text), l.start, 'photographer')
      spans.push({ role: 'caption', start: l.start, end: l.end })
      continue
    }
    if (li.kind === 'photo-note' || li.kind === 'label' || li.kind === 'signature') {
      spans.push({ role: 'caption', start: l.start, end: l.end })
      continue
    }
    // Running text (body, lead, in-body headings, tables). The first paragraph may open with a
    // dateline (本报讯) and the reporters named with it (（记者 黄雅婷）).
    let textStart = 0
    if (!leadSeen && (li.kind === 'lead' || li.kind === 'body')) {
      const lead = li.kind === 'lead' ? parseLead(l.text) : null
      if (lead) {
        // 据新华社…电: "according to" is not part of the dateline.
        const skip = l.text.length - l.text.replace(/^又?据/, '').length
        spans.push({ role: 'dateline', start: l.start + skip, end: l.start + lead.datelineEnd })
        datelineSeen = true
        if (lead.end > lead.datelineEnd) spans.push({ role: 'byline', start: l.start + lead.datelineEnd, end: l.start + lead.end })
        addCredits(lead.reporters, l.start, 'reporter')
        textStart = lead.end
      }
      leadSeen = true
    }
    if (li.endsWithCredit) addCredits(parseClosingCredit(l.text), l.start, 'reporter')
    if (textStart < l.text.length) {
      spans.push({ role: 'body', start: l.start + textStart, end: l.end })
      if (li.kind === 'body' || li.kind === 'lead') paragraphs++
    }
  }
  spans.sort((a, b) => a.start - b.start)

  // 3. What kind of item it is.
  let kind: ArticleKind
  const hasTitle = titleGroups.length > 0
  if (photoMarked || (photoCredited && paragraphs <= 1 && !datelineSeen)) kind = 'photo'
  else if (!hasTitle && paragraphs <= 1) kind = 'brief'
  else if (paragraphs === 0 && !photoCredited) kind = 'other'
  else kind = 'news'

  return { kind, spans, credits }
}
