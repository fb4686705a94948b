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
 * 8 bits cost 1.5 points of F1, 16 bits nothing measurable.
 */
export interface CompactModel {
  readonly bits: number
  readonly weights: Int16Array
  readonly scale: number
  readonly transitions: Float32Array
}

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
  let max = 0
  for (let i = 0; i < w.length; i++) max = Math.max(max, Math.abs(w[i]!))
  const scale = max / 32767 || 1
  const q = new Int16Array(w.length)
  for (let i = 0; i < w.length; i++) q[i] = Math.round(w[i]! / scale)
  return { bits: model.bits, weights: q, scale, transitions: Float32Array.from(model.transitions) }
}
