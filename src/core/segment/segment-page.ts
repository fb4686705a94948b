import type { ArticleKind, ArticleLine } from '../../shared/model/analysis'
import type { NormalisedText } from '../model/ports'
import { deriveTextFields, isSoftBreak } from '../text/article-text'
import { toSourceSpan } from '../text/offset-map'
import { readArticleStructure, type CreditName } from './article-structure'
import type { BoundaryWeights } from './boundary-model'
import { layoutPage } from './find-starts'

/** One article as the segmenter finds it, before entities are attached. */
export interface SegmentedArticle {
  readonly kind: ArticleKind
  readonly kicker: string | null
  readonly headline: string
  readonly subheadlines: readonly string[]
  readonly reporters: readonly string[]
  readonly photographers: readonly string[]
  readonly dateline: string | null
  /** Repaired body paragraphs joined by "\n" (src/core/text/article-text, like every text field). */
  readonly body: string
  /** Source range from the first headline line (or first line) to the last character. */
  readonly sourceStart: number
  readonly sourceEnd: number
  /** The same range in the derived text. */
  readonly start: number
  readonly end: number
  /** Every line (or part of a line) of the article with its role, in source offsets. */
  readonly lines: readonly ArticleLine[]
  /** Where reporters' and photographers' names were read (derived offsets), for refinement. */
  readonly credits: readonly CreditName[]
}

export interface SegmentOptions {
  /** Boundary model weights (tests and the trainer pass their own). */
  readonly weights?: BoundaryWeights
}

function unique(names: readonly string[]): string[] {
  return [...new Set(names)]
}

/**
 * Splits a normalised page into articles in reading order (top to bottom, as the extracted text
 * runs) and reads each one's structure. Articles never overlap and cover every line of the page.
 */
export function segmentPage(normalised: NormalisedText, options: SegmentOptions = {}): SegmentedArticle[] {
  const layout = options.weights ? layoutPage(normalised, options.weights) : layoutPage(normalised)
  const { lines, infos, starts } = layout
  const source = normalised.source

  // Lines separated by a single line break in the source (not a blank line) belong together
  // when both are titles: a photo title set over two lines.
  const softBreakBefore = (i: number): boolean => {
    const previous = lines[i - 1]
    const current = lines[i]
    if (!previous || !current) return false
    return isSoftBreak(source, normalised.toSource[previous.end] as number, normalised.toSource[current.start] as number)
  }

  const articles: SegmentedArticle[] = []
  for (let a = 0; a < starts.length; a++) {
    const from = starts[a] as number
    const to = a + 1 < starts.length ? (starts[a + 1] as number) : lines.length
    const first = lines[from]
    const last = lines[to - 1]
    if (!first || !last) continue
    const structure = readArticleStructure({ lines, infos, from, to, softBreakBefore })
    const range = toSourceSpan(normalised, first.start, last.end)
    const articleLines: ArticleLine[] = structure.spans.map((span) => {
      const mapped = toSourceSpan(normalised, span.start, span.end)
      return { role: span.role, sourceStart: mapped.sourceStart, sourceEnd: mapped.sourceEnd }
    })
    // The text fields come from the lines' source ranges and the repairs, exactly as the editing
    // core re-derives them, so a fresh analysis always passes its validation.
    const fields = deriveTextFields(source, normalised.repairs, articleLines)
    articles.push({
      kind: structure.kind,
      ...fields,
      reporters: unique(structure.credits.filter((c) => c.role === 'reporter').map((c) => c.text)),
      photographers: unique(structure.credits.filter((c) => c.role === 'photographer').map((c) => c.text)),
      sourceStart: range.sourceStart,
      sourceEnd: range.sourceEnd,
      start: first.start,
      end: last.end,
      lines: articleLines,
      credits: structure.credits
    })
  }
  return articles
}
