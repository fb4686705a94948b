import { FEATURE_COUNT } from '../tag/features'
import { LABEL_COUNT } from '../tag/tag-set'
import { emptyModel, type TaggerModel } from '../tag/tagger-model'
import { decode } from '../tag/viterbi'

/**
 * Structured averaged perceptron training for the character tagger. Pure: examples in, weights
 * out. Averaging (the w − u/c trick) is the regulariser that makes the model generalise to pages
 * it has not seen instead of memorising the last ones it was shown.
 */

/** One training page: its features (length × FEATURE_COUNT), gold labels and sequence ranges. */
export interface TrainingPage {
  readonly features: Int32Array
  readonly gold: Uint8Array
  /** [start0, end0, start1, end1, …] as splitSequences returns. */
  readonly sequences: Int32Array
}

export interface TrainOptions {
  readonly bits: number
  readonly epochs: number
  /** Seed of the shuffling order, so a training run is reproducible. */
  readonly seed?: number
  readonly onEpoch?: (epoch: number, stats: { readonly errors: number; readonly chars: number }) => void
}

// Module-local copies: imported bindings may compile to getters in hot loops.
const F = FEATURE_COUNT
const L = LABEL_COUNT

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1
  return () => {
    s ^= s << 13; s >>>= 0
    s ^= s >>> 17
    s ^= s << 5; s >>>= 0
    return s / 0x100000000
  }
}

/** Trains a tagger on the pages and returns the averaged weights. */
export function trainPerceptron(pages: readonly TrainingPage[], options: TrainOptions): TaggerModel {
  const model = emptyModel(options.bits)
  const w = model.weights
  const t = model.transitions
  // Accumulators for averaging: avg = w − u / c.
  const uw = new Float64Array(w.length)
  const ut = new Float64Array(t.length)
  let c = 1
  const refs: Array<[number, number]> = []
  pages.forEach((page, p) => {
    for (let s = 0; s < page.sequences.length; s += 2) refs.push([p, s])
  })
  const random = rng(options.seed ?? 1)
  const predicted = pages.map((page) => new Uint8Array(page.gold.length))

  const update = (features: Int32Array, i: number, label: number, delta: number): void => {
    const fo = i * F
    for (let f = 0; f < F; f++) {
      const idx = features[fo + f]! * L + label
      w[idx] = (w[idx] ?? 0) + delta
      uw[idx] = (uw[idx] ?? 0) + c * delta
    }
  }
  const updateTransition = (a: number, b: number, delta: number): void => {
    const idx = a * L + b
    t[idx] = (t[idx] ?? 0) + delta
    ut[idx] = (ut[idx] ?? 0) + c * delta
  }

  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let k = refs.length - 1; k > 0; k--) {
      const j = Math.floor(random() * (k + 1))
      const tmp = refs[k] as [number, number]
      refs[k] = refs[j] as [number, number]
      refs[j] = tmp
    }
    let errors = 0
    let chars = 0
    for (const [p, s] of refs) {
      const page = pages[p] as TrainingPage
      const from = page.sequences[s] ?? 0
      const to = page.sequences[s + 1] ?? 0
      const pred = predicted[p] as Uint8Array
      decode(model, page.features, from, to, pred)
      chars += to - from
      let wrong = false
      for (let i = from; i < to; i++) if (pred[i] !== page.gold[i]) { wrong = true; break }
      if (wrong) {
        for (let i = from; i < to; i++) {
          const g = page.gold[i] ?? 0
          const q = pred[i] ?? 0
          if (g !== q) {
            errors++
            update(page.features, i, g, 1)
            update(page.features, i, q, -1)
          }
          if (i > from) {
            const gp = page.gold[i - 1] ?? 0
            const qp = pred[i - 1] ?? 0
            if (gp !== qp || g !== q) {
              updateTransition(gp, g, 1)
              updateTransition(qp, q, -1)
            }
          }
        }
      }
      c++
    }
    options.onEpoch?.(epoch + 1, { errors, chars })
  }
  for (let i = 0; i < w.length; i++) w[i] = (w[i] ?? 0) - (uw[i] ?? 0) / c
  for (let i = 0; i < t.length; i++) t[i] = (t[i] ?? 0) - (ut[i] ?? 0) / c
  return model
}
