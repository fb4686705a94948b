import type { Article, ArticleLine, Repair } from '../../shared/model/analysis'
import { deriveBody, deriveHeading, deriveSubheadlines, fieldGroupOf, type FieldGroup, linesOf } from '../text/article-text'
import { deriveSpan } from '../text/derive'
import { parseByline } from './byline'

/**
 * The article's fields as functions of its lines. Each field is fed by lines of certain roles;
 * a command recomputes a field only when the lines feeding it changed, so an editor's own edit
 * of, say, the headline survives a split of the body. The text fields are computed by
 * src/core/text/article-text, the same definition the segmenter fills new articles with.
 */

export { deriveBody, fieldGroupOf, type FieldGroup }

export const FIELD_GROUPS: readonly FieldGroup[] = ['kicker', 'headline', 'subheadlines', 'byline', 'dateline', 'body']

export type ArticleFields = Pick<Article, 'kicker' | 'headline' | 'subheadlines' | 'reporters' | 'photographers' | 'dateline' | 'body'>

/** Computes one field group from the lines. */
export function deriveGroup(source: string, repairs: readonly Repair[], lines: readonly ArticleLine[], group: FieldGroup): Partial<ArticleFields> {
  switch (group) {
    case 'kicker':
      return { kicker: deriveHeading(source, repairs, lines, 'kicker') }
    case 'headline':
      return { headline: deriveHeading(source, repairs, lines, 'headline') ?? '' }
    case 'subheadlines':
      return { subheadlines: deriveSubheadlines(source, repairs, lines) }
    case 'byline': {
      const texts = linesOf(lines, 'byline').map((l) => deriveSpan(source, repairs, l.sourceStart, l.sourceEnd).trim())
      const names = parseByline(texts.join(' '))
      return { reporters: [...names.reporters], photographers: [...names.photographers] }
    }
    case 'dateline':
      return { dateline: deriveHeading(source, repairs, lines, 'dateline') }
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
