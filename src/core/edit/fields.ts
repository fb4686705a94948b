import type { Article, ArticleLine, LineRole, Repair } from '../../shared/model/analysis'
import { parseByline } from './byline'
import { deriveRanges, deriveSpan } from './derive'
import { isCjk } from './source-chars'

/**
 * The article's text fields as functions of its lines. Each field is fed by lines of certain
 * roles; a command recomputes a field only when the lines feeding it changed, so an editor's
 * own edit of, say, the headline survives a split of the body.
 */

export type FieldGroup = 'kicker' | 'headline' | 'subheadlines' | 'byline' | 'dateline' | 'body'

/** Which field a line of each role feeds. Captions are part of the body (a photo's text). */
export function fieldGroupOf(role: LineRole): FieldGroup {
  switch (role) {
    case 'kicker':
      return 'kicker'
    case 'headline':
      return 'headline'
    case 'subheadline':
      return 'subheadlines'
    case 'byline':
      return 'byline'
    case 'dateline':
      return 'dateline'
    case 'body':
    case 'caption':
      return 'body'
    default: {
      const never: never = role
      throw new Error(`Unknown line role: ${String(never)}`)
    }
  }
}

export const FIELD_GROUPS: readonly FieldGroup[] = ['kicker', 'headline', 'subheadlines', 'byline', 'dateline', 'body']

export type ArticleFields = Pick<Article, 'kicker' | 'headline' | 'subheadlines' | 'reporters' | 'photographers' | 'dateline' | 'body'>

/** Joins lines of a heading: Chinese lines join directly, others with a space. */
function joinHeading(parts: readonly string[]): string {
  let out = ''
  for (const part of parts) {
    if (!part) continue
    if (out && !isCjk(out.charCodeAt(out.length - 1)) && !isCjk(part.charCodeAt(0))) out += ' '
    out += part
  }
  return out
}

function linesOf(lines: readonly ArticleLine[], group: FieldGroup): ArticleLine[] {
  return lines.filter((line) => fieldGroupOf(line.role) === group)
}

/** The article body: body and caption lines' repaired text, paragraphs joined by "\n". */
export function deriveBody(source: string, repairs: readonly Repair[], lines: readonly ArticleLine[]): string {
  return deriveRanges(source, repairs, linesOf(lines, 'body'), '\n').text
}

/** Computes one field group from the lines. */
export function deriveGroup(source: string, repairs: readonly Repair[], lines: readonly ArticleLine[], group: FieldGroup): Partial<ArticleFields> {
  const texts = (): string[] => linesOf(lines, group).map((l) => deriveSpan(source, repairs, l.sourceStart, l.sourceEnd).trim())
  switch (group) {
    case 'kicker': {
      const parts = texts()
      return { kicker: parts.length ? joinHeading(parts) : null }
    }
    case 'headline':
      return { headline: joinHeading(texts()) }
    case 'subheadlines':
      return { subheadlines: texts().filter((t) => t.length > 0) }
    case 'byline': {
      const names = parseByline(texts().join(' '))
      return { reporters: [...names.reporters], photographers: [...names.photographers] }
    }
    case 'dateline': {
      const parts = texts()
      return { dateline: parts.length ? joinHeading(parts) : null }
    }
    case 'body':
      return { body: deriveBody(source, repairs, lines) }
    default: {
      const never: never = group
      throw new Error(`Unknown field group: ${String(never)}`)
    }
  }
}

function sameLines(a: readonly ArticleLine[], b: readonly ArticleLine[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as ArticleLine
    const y = b[i] as ArticleLine
    if (x.sourceStart !== y.sourceStart || x.sourceEnd !== y.sourceEnd || x.role !== y.role) return false
  }
  return true
}

/**
 * The fields after the lines changed from `before.lines` to `lines`: a group whose lines are the
 * same keeps its value (an editor's correction survives), a changed group is recomputed, and so
 * is every group named in `force` (e.g. after a repair inside those lines was reverted).
 */
export function refreshFields(
  source: string,
  repairs: readonly Repair[],
  before: Pick<Article, 'lines'> & ArticleFields,
  lines: readonly ArticleLine[],
  force: ReadonlySet<FieldGroup> = new Set()
): ArticleFields {
  let fields: ArticleFields = {
    kicker: before.kicker,
    headline: before.headline,
    subheadlines: before.subheadlines,
    reporters: before.reporters,
    photographers: before.photographers,
    dateline: before.dateline,
    body: before.body
  }
  for (const group of FIELD_GROUPS) {
    if (force.has(group) || !sameLines(linesOf(before.lines, group), linesOf(lines, group))) {
      fields = { ...fields, ...deriveGroup(source, repairs, lines, group) }
    }
  }
  return fields
}

/** All fields computed from the lines (a new article). */
export function deriveFields(source: string, repairs: readonly Repair[], lines: readonly ArticleLine[]): ArticleFields {
  return refreshFields(source, repairs, { lines: [], kicker: null, headline: '', subheadlines: [], reporters: [], photographers: [], dateline: null, body: '' }, lines, new Set(FIELD_GROUPS))
}
