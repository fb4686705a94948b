import type { Article, Entity, PageAnalysis } from '../shared/model/analysis'
import type { DerivedEntity, EntityRecognizer, NormalisedText, WordTagger } from './model/ports'
import { segmentPage, type SegmentedArticle } from './segment/segment-page'
import { normalise } from './text/normalise'
import { toSourceSpan } from './text/offset-map'

/** What the analysis needs from outside core: the word segmenter and the entity recogniser. */
export interface AnalyzeDeps {
  readonly wordTagger: WordTagger
  readonly recognizer: EntityRecognizer
}

/** A page analysis together with the normalised text it was computed on (for editors and tests). */
export interface DetailedAnalysis {
  readonly analysis: PageAnalysis
  readonly normalised: NormalisedText
}

/** A recogniser that finds nothing: the placeholder until a trained model is loaded. */
export const EMPTY_RECOGNIZER: EntityRecognizer = { recognize: () => [] }

/** Stable, deterministic ids: the same text analysed twice gives the same ids. */
function articleId(article: SegmentedArticle): string {
  return `article@${article.sourceStart}`
}

function entityId(entity: Pick<Entity, 'type' | 'sourceStart' | 'sourceEnd'>): string {
  return `${entity.type}@${entity.sourceStart}-${entity.sourceEnd}`
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0
}

/** An entity never starts or ends with a space (a space may be one inserted by a line join). */
function trimSpan(text: string, e: DerivedEntity): DerivedEntity {
  let start = e.start
  let end = e.end
  while (start < end && isSpace(text.charCodeAt(start))) start++
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--
  return start === e.start && end === e.end ? e : { ...e, start, end }
}

/**
 * Maps recognised entities from the derived text to the source: an entity runs from its first
 * character's source offset to just past its last's, so one cut by a column break covers the
 * break in the source; its text stays the repaired surface form. Spans that are empty, out of
 * range or cross a paragraph boundary are dropped (an entity never spans two paragraphs).
 */
function mapEntities(normalised: NormalisedText, found: readonly DerivedEntity[]): (Entity & { start: number; end: number })[] {
  const text = normalised.text
  const seen = new Set<string>()
  const out: (Entity & { start: number; end: number })[] = []
  for (const found1 of found) {
    const e = trimSpan(text, found1)
    if (!(e.start >= 0 && e.end <= text.length && e.start < e.end)) continue
    const surface = text.slice(e.start, e.end)
    if (surface.includes('\n')) continue
    const { sourceStart, sourceEnd } = toSourceSpan(normalised, e.start, e.end)
    const mapped = {
      type: e.type,
      text: surface,
      sourceStart,
      sourceEnd,
      confidence: Math.max(0, Math.min(1, e.confidence)),
      signal: e.signal
    }
    const id = entityId(mapped)
    if (seen.has(id)) continue
    seen.add(id)
    out.push({ id, ...mapped, start: e.start, end: e.end })
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end)
}

/**
 * Names read from credits can run together (本报记者李济国贾建舟); where the recogniser found
 * person names inside such a credit, those names replace the run.
 */
function refineNames(article: SegmentedArticle, role: 'reporter' | 'photographer', people: readonly { start: number; end: number; text: string }[]): string[] {
  const names: string[] = []
  for (const credit of article.credits) {
    if (credit.role !== role) continue
    const inside = people.filter((p) => p.start >= credit.start && p.end <= credit.end)
    const split = inside.length >= 2 || (inside.length === 1 && credit.text.length > 4 && inside[0]?.text !== credit.text)
    if (split) names.push(...inside.map((p) => p.text))
    else names.push(credit.text)
  }
  return [...new Set(names)]
}

/**
 * Analyses one page: normalises it, splits it into articles, tags words once over the derived
 * text, recognises entities, maps them back to source offsets and attaches each to the article
 * that contains it.
 */
export function analyzePageDetailed(source: string, deps: AnalyzeDeps): DetailedAnalysis {
  const normalised = normalise(source)
  const segmented = segmentPage(normalised)
  const words = normalised.text.length > 0 ? deps.wordTagger(normalised.text) : []
  const entities = normalised.text.length > 0 ? mapEntities(normalised, deps.recognizer.recognize(normalised.text, words)) : []

  // Entities are sorted by start, articles by range: one linear merge assigns them.
  const articles: Article[] = []
  let ei = 0
  for (const article of segmented) {
    const inside: (Entity & { start: number; end: number })[] = []
    while (ei < entities.length && (entities[ei] as { start: number }).start < article.start) ei++
    while (ei < entities.length && (entities[ei] as { start: number }).start < article.end) {
      const e = entities[ei] as Entity & { start: number; end: number }
      if (e.end <= article.end) inside.push(e)
      ei++
    }
    const people = inside.filter((e) => e.type === 'PERSON')
    articles.push({
      id: articleId(article),
      kind: article.kind,
      kicker: article.kicker,
      headline: article.headline,
      subheadlines: [...article.subheadlines],
      reporters: refineNames(article, 'reporter', people),
      photographers: refineNames(article, 'photographer', people),
      dateline: article.dateline,
      body: article.body,
      sourceStart: article.sourceStart,
      sourceEnd: article.sourceEnd,
      lines: [...article.lines],
      entities: inside.map(({ start: _start, end: _end, ...entity }) => entity),
      review: 'auto'
    })
  }
  return { analysis: { articles, repairs: [...normalised.repairs] }, normalised }
}

/** Analyses one page (see analyzePageDetailed). */
export function analyzePage(source: string, deps: AnalyzeDeps): PageAnalysis {
  return analyzePageDetailed(source, deps).analysis
}
