import type { EntityType } from '../../shared/model/analysis'
import type { TaggedWord } from '../model/ports'
import { extractFeatures } from '../tag/features'
import { createLexicon, findLexiconMatches, lexiconFeatureCodes, type Lexicon } from '../tag/lexicon'
import { splitSequences } from '../tag/sequences'
import { MODEL_TYPES, spansToLabels, type ModelType } from '../tag/tag-set'
import { quantise } from '../tag/tagger-model'
import type { ModelBundle } from './model-format'
import { trainPerceptron, type TrainingPage } from './perceptron'

/**
 * Training the tagger from annotated text: builds features and gold labels, runs the averaged
 * perceptron and packs the result (quantised weights plus gazetteer). Pure: the caller reads the
 * data and runs jieba.
 */

/** One annotated text: the derived text the recognizer will see, its jieba words, gold entities. */
export interface TrainingExample {
  readonly text: string
  readonly words: readonly TaggedWord[]
  readonly entities: ReadonlyArray<{ readonly start: number; readonly end: number; readonly type: EntityType | string }>
  /** Examples of the same page (e.g. its seed-style and clean variants) share a group. */
  readonly group?: number
}

export interface TrainTaggerOptions {
  readonly bits: number
  readonly epochs: number
  readonly seed?: number
  /** Train this many models on differently shuffled data and average them (default 1; the CLI uses 3). */
  readonly ensemble?: number
  /** Learn gazetteer features from the training names (default true). */
  readonly gazetteer?: boolean
  readonly onEpoch?: (epoch: number, stats: { readonly errors: number; readonly chars: number }) => void
}

const GAZETTEER_TYPES: ReadonlySet<string> = new Set<ModelType>(['PERSON', 'PLACE', 'ORG'])

/** Names (PERSON, PLACE, ORG; 2+ characters) of the examples, each with its most frequent type. */
export function collectNames(examples: readonly TrainingExample[]): Lexicon {
  const counts = new Map<string, Map<EntityType, number>>()
  for (const ex of examples) {
    for (const e of ex.entities) {
      if (!GAZETTEER_TYPES.has(e.type) || e.end - e.start < 2) continue
      const text = ex.text.slice(e.start, e.end)
      if (/\s/.test(text)) continue
      const byType = counts.get(text) ?? new Map<EntityType, number>()
      byType.set(e.type as EntityType, (byType.get(e.type as EntityType) ?? 0) + 1)
      counts.set(text, byType)
    }
  }
  const names: Array<[string, EntityType]> = []
  for (const [text, byType] of counts) {
    const best = [...byType].sort((a, b) => b[1] - a[1])[0]
    if (best) names.push([text, best[0]])
  }
  return createLexicon(names)
}

/** Features and gold labels of one example, with lexicon features from `gazetteer`. */
export function trainingPage(example: TrainingExample, gazetteer: Lexicon | null, bits: number): TrainingPage {
  const { text } = example
  const codes = gazetteer ? lexiconFeatureCodes(findLexiconMatches(gazetteer, text), text.length) : null
  const spans = example.entities
    .filter((e) => (MODEL_TYPES as readonly string[]).includes(e.type))
    .map((e) => ({ start: e.start, end: e.end, typeIndex: (MODEL_TYPES as readonly string[]).indexOf(e.type) }))
  return { features: extractFeatures(text, example.words, codes, bits), gold: spansToLabels(text.length, spans), sequences: splitSequences(text) }
}

/**
 * Trains a tagger (several on different shuffles, averaged, when `ensemble` > 1: +0.003 F1 on both
 * cross-validation folds for 3). With the gazetteer on, each half of the examples sees lexicon features built
 * only from the other half's names (a two-fold jackknife), so the model learns how far to trust a
 * gazetteer hit on a page whose names it has not seen, which is the situation at run time.
 */
export function trainTagger(examples: readonly TrainingExample[], options: TrainTaggerOptions): Omit<ModelBundle, 'meta'> {
  const useGazetteer = options.gazetteer ?? true
  const half = (ex: TrainingExample, i: number): number => (ex.group ?? i) % 2
  const halves = [examples.filter((ex, i) => half(ex, i) === 0), examples.filter((ex, i) => half(ex, i) === 1)]
  const otherHalf = useGazetteer ? [collectNames(halves[1] ?? []), collectNames(halves[0] ?? [])] : null
  const pages = examples.map((ex, i) => trainingPage(ex, otherHalf ? otherHalf[half(ex, i)] ?? null : null, options.bits))
  const runs = Math.max(1, Math.floor(options.ensemble ?? 1))
  const model = trainPerceptron(pages, { bits: options.bits, epochs: options.epochs, seed: options.seed ?? 1, ...(options.onEpoch ? { onEpoch: options.onEpoch } : {}) })
  // Averaging models trained on different shuffles smooths what any one order over-learnt.
  for (let r = 1; r < runs; r++) {
    const other = trainPerceptron(pages, { bits: options.bits, epochs: options.epochs, seed: (options.seed ?? 1) + r * 7919 })
    for (let i = 0; i < model.weights.length; i++) model.weights[i]! += other.weights[i]!
    for (let i = 0; i < model.transitions.length; i++) model.transitions[i]! += other.transitions[i]!
  }
  if (runs > 1) {
    // Divide back so margins, and the confidences read from them, keep one model's scale.
    for (let i = 0; i < model.weights.length; i++) model.weights[i]! /= runs
    for (let i = 0; i < model.transitions.length; i++) model.transitions[i]! /= runs
  }
  return { model: quantise(model), gazetteer: useGazetteer ? collectNames(examples) : createLexicon([]) }
}
