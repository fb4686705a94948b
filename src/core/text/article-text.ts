import type { ArticleLine, LineRole, Repair } from '../../shared/model/analysis'
import { isCjk, isEol, isLayoutSpace } from './chars'
import { deriveRanges, deriveSpan } from './derive'

/**
 * An article's text fields as functions of its lines and the page's repairs. This is the one
 * definition of them: the segmenter fills a new article's fields with it, and the editing core
 * re-derives (and validates) fields with it after a command, so the two can never disagree.
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

/** Joins lines of a heading: Chinese lines join directly, others with a space. */
export function joinHeading(parts: readonly string[]): string {
  let out = ''
  for (const part of parts) {
    if (!part) continue
    if (out && !isCjk(out.charCodeAt(out.length - 1)) && !isCjk(part.charCodeAt(0))) out += ' '
    out += part
  }
  return out
}

export function linesOf(lines: readonly ArticleLine[], group: FieldGroup): ArticleLine[] {
  return lines.filter((line) => fieldGroupOf(line.role) === group)
}

/** The article body: body and caption lines' repaired text, paragraphs joined by "\n". */
export function deriveBody(source: string, repairs: readonly Repair[], lines: readonly ArticleLine[]): string {
  return deriveRanges(source, repairs, linesOf(lines, 'body'), '\n').text
}

/** The repaired, trimmed text of each line feeding `group`, in order. */
function lineTexts(source: string, repairs: readonly Repair[], lines: readonly ArticleLine[], group: FieldGroup): string[] {
  return linesOf(lines, group).map((l) => deriveSpan(source, repairs, l.sourceStart, l.sourceEnd).trim())
}

/** A one-value heading field (kicker, headline, dateline): its lines joined; null without lines. */
export function deriveHeading(source: string, repairs: readonly Repair[], lines: readonly ArticleLine[], group: 'kicker' | 'headline' | 'dateline'): string | null {
  const parts = lineTexts(source, repairs, lines, group)
  return parts.length ? joinHeading(parts) : null
}

/**
 * True when only layout whitespace with exactly one line break (CRLF counts once) separates two
 * lines: a title set over two lines rather than two titles, which a blank line separates.
 */
export function isSoftBreak(source: string, start: number, end: number): boolean {
  let breaks = 0
  for (let p = start; p < end; p++) {
    const c = source.charCodeAt(p)
    if (!isLayoutSpace(c)) return false
    if (isEol(c) && !(c === 0x0d && source.charCodeAt(p + 1) === 0x0a)) breaks++
  }
  return breaks === 1
}

/** The subheadlines: one per subheadline line, a subheadline wrapped over two lines being one. */
export function deriveSubheadlines(source: string, repairs: readonly Repair[], lines: readonly ArticleLine[]): string[] {
  const groups: ArticleLine[][] = []
  let previous: ArticleLine | undefined
  for (const line of linesOf(lines, 'subheadlines')) {
    const last = groups[groups.length - 1]
    if (last && previous && isSoftBreak(source, previous.sourceEnd, line.sourceStart)) last.push(line)
    else groups.push([line])
    previous = line
  }
  return groups
    .map((group) => joinHeading(group.map((l) => deriveSpan(source, repairs, l.sourceStart, l.sourceEnd).trim())))
    .filter((t) => t.length > 0)
}

export interface TextFields {
  readonly kicker: string | null
  readonly headline: string
  readonly subheadlines: string[]
  readonly dateline: string | null
  readonly body: string
}

/** Every text field computed from the lines (what the segmenter gives a new article). */
export function deriveTextFields(source: string, repairs: readonly Repair[], lines: readonly ArticleLine[]): TextFields {
  return {
    kicker: deriveHeading(source, repairs, lines, 'kicker'),
    headline: deriveHeading(source, repairs, lines, 'headline') ?? '',
    subheadlines: deriveSubheadlines(source, repairs, lines),
    dateline: deriveHeading(source, repairs, lines, 'dateline'),
    body: deriveBody(source, repairs, lines)
  }
}
