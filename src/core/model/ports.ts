import type { EntitySignal, EntityType, Repair } from '../../shared/model/analysis'

/**
 * The seams between the stages of the extraction engine. Core stays pure: anything native
 * (the jieba segmenter) or stored (model weights, the lexicon) is handed in by the caller.
 */

/** One word of a POS-tagged segmentation, as @node-rs/jieba's `tag` returns it. */
export interface TaggedWord {
  readonly word: string
  readonly tag: string
}

/** Segments and POS-tags text. Main and the CLI pass in @node-rs/jieba; tests may pass a fake. */
export type WordTagger = (text: string) => readonly TaggedWord[]

/**
 * The page after normalisation: a derived text with column breaks joined, doubled characters
 * removed and punctuation width unified, plus the map that carries derived offsets back to the
 * immutable source.
 */
export interface NormalisedText {
  readonly source: string
  readonly text: string
  /** toSource[i] is the source offset of derived character i; toSource[text.length] === source.length. */
  readonly toSource: Int32Array
  readonly repairs: readonly Repair[]
}

/** An entity found in derived text, before it is mapped back to the source. */
export interface DerivedEntity {
  readonly type: EntityType
  readonly start: number
  readonly end: number
  readonly confidence: number
  readonly signal: EntitySignal
}

/** Finds entities in derived (normalised) text. */
export interface EntityRecognizer {
  recognize(text: string, words: readonly TaggedWord[]): DerivedEntity[]
}
