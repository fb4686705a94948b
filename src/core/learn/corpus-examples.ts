import type { WordTagger } from '../model/ports'
import { normalise, toDerivedSpan } from '../text'
import type { TrainingExample } from './train-tagger'

/**
 * Turns an annotated page record (the dev corpus JSONL shape) into training examples. The
 * seed-style variant is normalised first and its gold entities mapped into derived offsets, so
 * the model trains on exactly what the recognizer sees at run time.
 */

export type CorpusVariant = 'seed' | 'clean' | 'both'

interface GoldEntity { readonly start: number; readonly end: number; readonly type: string }

export interface CorpusPage {
  readonly id?: string
  readonly text?: string
  readonly entities?: readonly GoldEntity[]
  readonly seedText?: string
  readonly seedEntities?: readonly GoldEntity[]
}

export type CorpusPageResult =
  | { readonly ok: true; readonly examples: TrainingExample[] }
  | { readonly ok: false; readonly code: 'corpus-page-invalid'; readonly message: string }

/** Examples of one page for the chosen variant(s); `group` ties the variants of a page together. */
export function corpusExamples(page: CorpusPage, variant: CorpusVariant, tagWords: WordTagger, group: number): CorpusPageResult {
  const examples: TrainingExample[] = []
  const label = page.id ?? `#${group + 1}`
  if (variant === 'seed' || variant === 'both') {
    if (typeof page.seedText !== 'string' || !Array.isArray(page.seedEntities)) {
      return { ok: false, code: 'corpus-page-invalid', message: `Page ${label} has no seedText/seedEntities; use --variant clean or a seed-style corpus.` }
    }
    const n = normalise(page.seedText)
    const entities = page.seedEntities.map((e) => ({ ...toDerivedSpan(n, e.start, e.end), type: e.type }))
    examples.push({ text: n.text, words: tagWords(n.text), entities, group })
  }
  if (variant === 'clean' || variant === 'both') {
    if (typeof page.text !== 'string' || !Array.isArray(page.entities)) {
      return { ok: false, code: 'corpus-page-invalid', message: `Page ${label} has no text/entities; use --variant seed or a clean corpus.` }
    }
    examples.push({ text: page.text, words: tagWords(page.text), entities: page.entities, group })
  }
  return { ok: true, examples }
}
