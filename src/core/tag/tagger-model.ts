import { LABEL_COUNT } from './tag-set'

/**
 * The weights of the character tagger: a (2^bits × LABEL_COUNT) emission matrix indexed by hashed
 * feature bucket, and a LABEL_COUNT² transition matrix. Plain typed arrays so a model loads by
 * copying bytes.
 */
export interface TaggerModel {
  readonly bits: number
  readonly weights: Float32Array
  readonly transitions: Float32Array
}

/**
 * The shipped, quantised form: one 16-bit integer per weight (value = integer × scale). Half the
 * memory of floats keeps more of the emission table in cache, which is what makes tagging fast;
 * 8 bits cost 1.5 points of F1, 16 bits nothing measurable. The O label's weights are subtracted
 * from every row (which shifts all labels of a character equally and so changes no decision),
 * leaving COMPACT_ROW = 16 labels: each feature row is 32 bytes and never straddles a cache line.
 */
export interface CompactModel {
  readonly bits: number
  /** (2^bits × COMPACT_ROW): weights of labels 1..16 minus the O label's weight. */
  readonly weights: Int16Array
  readonly scale: number
  readonly transitions: Float32Array
}

/** Labels per row of a compact model: every label but O. */
export const COMPACT_ROW = LABEL_COUNT - 1

/** A zeroed model with 2^bits feature buckets. */
export function emptyModel(bits: number): TaggerModel {
  return {
    bits,
    weights: new Float32Array((1 << bits) * LABEL_COUNT),
    transitions: new Float32Array(LABEL_COUNT * LABEL_COUNT)
  }
}

/**
 * Quantises weights to 16-bit integers, scaled so the largest magnitude maps to 32767.
 */
export function quantise(model: TaggerModel): CompactModel {
  const w = model.weights
  const rows = w.length / LABEL_COUNT
  const relative = new Float32Array(rows * COMPACT_ROW)
  let max = 0
  for (let r = 0; r < rows; r++) {
    const o = w[r * LABEL_COUNT]!
    for (let l = 1; l < LABEL_COUNT; l++) {
      const v = w[r * LABEL_COUNT + l]! - o
      relative[r * COMPACT_ROW + l - 1] = v
      max = Math.max(max, Math.abs(v))
    }
  }
  const scale = max / 32767 || 1
  const q = new Int16Array(relative.length)
  for (let i = 0; i < relative.length; i++) q[i] = Math.round(relative[i]! / scale)
  return { bits: model.bits, weights: q, scale, transitions: Float32Array.from(model.transitions) }
}
