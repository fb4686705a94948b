import { FEATURE_COUNT } from './features'
import { LABEL_COUNT, PREDECESSORS, allowedEnd, allowedStart } from './tag-set'
import type { CompactModel, TaggerModel } from './tagger-model'

/**
 * Emission scoring and first-order Viterbi decoding over BIOES labels, restricted to well-formed
 * transitions. Scratch buffers are reused across calls so tagging a page allocates little.
 */

const NEG = -1e30
const L = LABEL_COUNT
const ALLOWED_START = Int8Array.from({ length: L }, (_, l) => (allowedStart(l) ? 1 : 0))
const ALLOWED_END = Int8Array.from({ length: L }, (_, l) => (allowedEnd(l) ? 1 : 0))
// Flattened predecessor lists: PRED_FROM[l]..PRED_FROM[l+1] index into PRED_LIST.
const PRED_FROM = new Int32Array(L + 1)
const PRED_LIST = Int32Array.from(PREDECESSORS.flatMap((p) => [...p]))
for (let l = 0, k = 0; l < L; l++) { PRED_FROM[l] = k; k += PREDECESSORS[l]!.length; PRED_FROM[l + 1] = k }

let emitBuf = new Float32Array(0)
let scoreBuf = new Float32Array(0)
let backBuf = new Uint8Array(0)
const acc = new Int32Array(L)

function ensure(len: number): void {
  const need = len * L
  if (emitBuf.length < need) {
    const size = Math.max(need, emitBuf.length * 2)
    emitBuf = new Float32Array(size)
    scoreBuf = new Float32Array(size)
    backBuf = new Uint8Array(size)
  }
}

function floatEmissions(w: Float32Array, features: Int32Array, from: number, to: number): void {
  const emit = emitBuf
  for (let i = from; i < to; i++) {
    const base = (i - from) * L
    for (let l = 0; l < L; l++) emit[base + l] = 0
    const fo = i * FEATURE_COUNT
    for (let f = 0; f < FEATURE_COUNT; f++) {
      const row = features[fo + f]! * L
      for (let l = 0; l < L; l++) emit[base + l]! += w[row + l]!
    }
  }
}

function compactEmissions(w: Int16Array, scale: number, features: Int32Array, from: number, to: number): void {
  const emit = emitBuf
  for (let i = from; i < to; i++) {
    acc.fill(0)
    const fo = i * FEATURE_COUNT
    for (let f = 0; f < FEATURE_COUNT; f++) {
      const row = features[fo + f]! * L
      for (let l = 0; l < L; l++) acc[l]! += w[row + l]!
    }
    const base = (i - from) * L
    for (let l = 0; l < L; l++) emit[base + l] = acc[l]! * scale
  }
}

function viterbi(trans: Float32Array, len: number, from: number, out: Uint8Array, margins?: Float32Array): void {
  const emit = emitBuf
  const score = scoreBuf
  const back = backBuf
  for (let l = 0; l < L; l++) score[l] = ALLOWED_START[l] ? emit[l]! : NEG
  for (let t = 1; t < len; t++) {
    const base = t * L
    const prevBase = base - L
    for (let l = 0; l < L; l++) {
      let best = NEG
      let arg = 0
      for (let k = PRED_FROM[l]!, end = PRED_FROM[l + 1]!; k < end; k++) {
        const pl = PRED_LIST[k]!
        const s = score[prevBase + pl]! + trans[pl * L + l]!
        if (s > best) { best = s; arg = pl }
      }
      score[base + l] = best + emit[base + l]!
      back[base + l] = arg
    }
  }
  const lastBase = (len - 1) * L
  let best = NEG
  let arg = 0
  for (let l = 0; l < L; l++) {
    const s = score[lastBase + l]!
    if (ALLOWED_END[l] && s > best) { best = s; arg = l }
  }
  for (let t = len - 1; t >= 0; t--) {
    out[from + t] = arg
    if (margins) {
      const base = t * L
      const chosen = emit[base + arg]!
      let runner = NEG
      for (let l = 0; l < L; l++) if (l !== arg && emit[base + l]! > runner) runner = emit[base + l]!
      margins[from + t] = chosen - runner
    }
    if (t > 0) arg = back[t * L + arg]!
  }
}

/** Decodes characters [from, to) with a training (float) model into out[from..to). */
export function decode(model: TaggerModel, features: Int32Array, from: number, to: number, out: Uint8Array): void {
  const len = to - from
  if (len <= 0) return
  ensure(len)
  floatEmissions(model.weights, features, from, to)
  viterbi(model.transitions, len, from, out)
}

/**
 * Decodes characters [from, to) with a compact model into out[from..to). When `margins` is given,
 * margins[i] receives how far the chosen label's emission beats the runner-up, a cheap
 * per-character confidence.
 */
export function decodeCompact(model: CompactModel, features: Int32Array, from: number, to: number, out: Uint8Array, margins?: Float32Array): void {
  const len = to - from
  if (len <= 0) return
  ensure(len)
  compactEmissions(model.weights, model.scale, features, from, to)
  viterbi(model.transitions, len, from, out, margins)
}
