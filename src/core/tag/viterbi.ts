import { FEATURE_COUNT } from './features'
import { LABEL_COUNT, allowedEnd, allowedStart } from './tag-set'
import { COMPACT_ROW, type CompactModel, type TaggerModel } from './tagger-model'

/**
 * Emission scoring and first-order Viterbi decoding over BIOES labels, restricted to well-formed
 * transitions. Scratch buffers are reused across calls so tagging a page allocates little.
 */

const NEG = -1e30
// Module-local copies: imported bindings may compile to getters (tsx, CJS interop) in hot loops.
const L = LABEL_COUNT
const F = FEATURE_COUNT
const R = COMPACT_ROW
const ALLOWED_START = Int8Array.from({ length: L }, (_, l) => (allowedStart(l) ? 1 : 0))
const ALLOWED_END = Int8Array.from({ length: L }, (_, l) => (allowedEnd(l) ? 1 : 0))

let emitBuf = new Float32Array(0)
let scoreBuf = new Float64Array(0)
let backBuf = new Uint8Array(0)

function ensure(len: number): void {
  const need = len * L
  if (emitBuf.length < need) {
    const size = Math.max(need, emitBuf.length * 2)
    emitBuf = new Float32Array(size)
    scoreBuf = new Float64Array(size)
    backBuf = new Uint8Array(size)
  }
}

function floatEmissions(w: Float32Array, features: Int32Array, from: number, to: number): void {
  const emit = emitBuf
  for (let i = from; i < to; i++) {
    const base = (i - from) * L
    for (let l = 0; l < L; l++) emit[base + l] = 0
    const fo = i * F
    for (let f = 0; f < F; f++) {
      const row = features[fo + f]! * L
      for (let l = 0; l < L; l++) emit[base + l]! += w[row + l]!
    }
  }
}

// Sixteen local accumulators instead of a scratch array: V8 keeps them in registers, which
// doubles the speed of this loop, the hottest of the whole engine. COMPACT_ROW is 16 by design.
// The Int16 row is read through an Int32 view, two labels per load (little-endian: the low half is
// the even label): half the loads and bounds checks, and the sums stay the same exact integers
// (|sum| < 29 × 2^15), so the emissions are bit-identical to reading the Int16 weights one by one.
const pairViews = new WeakMap<Int16Array, Int32Array>()
function pairView(w: Int16Array): Int32Array {
  let v = pairViews.get(w)
  if (!v) { v = new Int32Array(w.buffer, w.byteOffset, w.length >> 1); pairViews.set(w, v) }
  return v
}
const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1

function compactEmissions(w16: Int16Array, scale: number, features: Int32Array, from: number, to: number): void {
  if (R !== 16) throw new Error('compactEmissions assumes 16 labels per compact row')
  if (!LITTLE_ENDIAN || (w16.byteOffset & 3) !== 0) { compactEmissions16(w16, scale, features, from, to); return }
  const w = pairView(w16)
  const emit = emitBuf
  for (let i = from; i < to; i++) {
    let a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0
    let a8 = 0, a9 = 0, a10 = 0, a11 = 0, a12 = 0, a13 = 0, a14 = 0, a15 = 0
    const fo = i * F
    for (let f = 0; f < F; f++) {
      const r = features[fo + f]! << 3
      // (x << 16) >> 16 sign-extends the low (even) label, x >> 16 is the high (odd) one.
      let x = w[r]!; a0 = (a0 + ((x << 16) >> 16)) | 0; a1 = (a1 + (x >> 16)) | 0
      x = w[r + 1]!; a2 = (a2 + ((x << 16) >> 16)) | 0; a3 = (a3 + (x >> 16)) | 0
      x = w[r + 2]!; a4 = (a4 + ((x << 16) >> 16)) | 0; a5 = (a5 + (x >> 16)) | 0
      x = w[r + 3]!; a6 = (a6 + ((x << 16) >> 16)) | 0; a7 = (a7 + (x >> 16)) | 0
      x = w[r + 4]!; a8 = (a8 + ((x << 16) >> 16)) | 0; a9 = (a9 + (x >> 16)) | 0
      x = w[r + 5]!; a10 = (a10 + ((x << 16) >> 16)) | 0; a11 = (a11 + (x >> 16)) | 0
      x = w[r + 6]!; a12 = (a12 + ((x << 16) >> 16)) | 0; a13 = (a13 + (x >> 16)) | 0
      x = w[r + 7]!; a14 = (a14 + ((x << 16) >> 16)) | 0; a15 = (a15 + (x >> 16)) | 0
    }
    // Label O scores 0: compact rows hold every other label relative to it.
    const b = (i - from) * L
    emit[b] = 0
    emit[b + 1] = a0 * scale; emit[b + 2] = a1 * scale; emit[b + 3] = a2 * scale; emit[b + 4] = a3 * scale
    emit[b + 5] = a4 * scale; emit[b + 6] = a5 * scale; emit[b + 7] = a6 * scale; emit[b + 8] = a7 * scale
    emit[b + 9] = a8 * scale; emit[b + 10] = a9 * scale; emit[b + 11] = a10 * scale; emit[b + 12] = a11 * scale
    emit[b + 13] = a12 * scale; emit[b + 14] = a13 * scale; emit[b + 15] = a14 * scale; emit[b + 16] = a15 * scale
  }
}

/** The plain Int16 version, for a weight array not aligned to 4 bytes or a big-endian machine. */
function compactEmissions16(w: Int16Array, scale: number, features: Int32Array, from: number, to: number): void {
  const emit = emitBuf
  for (let i = from; i < to; i++) {
    const b = (i - from) * L
    emit[b] = 0
    const fo = i * F
    const acc = new Array<number>(R).fill(0)
    for (let f = 0; f < F; f++) {
      const r = features[fo + f]! << 4
      for (let l = 0; l < R; l++) acc[l]! += w[r + l]!
    }
    for (let l = 0; l < R; l++) emit[b + 1 + l] = acc[l]! * scale
  }
}

// Labels that may start an entity or stay outside one (O, B-*, S-*) follow any "closed" label
// (O, E-*, S-*); I-* and E-* follow only B/I of their own type. Spelling this out instead of
// walking generic predecessor lists makes Viterbi about a third faster.
const OPEN_LABELS = Int32Array.from({ length: L }, (_, l) => l).filter((l) => ALLOWED_START[l] === 1)
const CLOSED_LABELS = Int32Array.from({ length: L }, (_, l) => l).filter((l) => ALLOWED_END[l] === 1)
const TYPE_COUNT = (L - 1) / 4
const trainingTransT = new Float64Array(L * L)
const compactTransT = new WeakMap<Float32Array, Float64Array>()

/** Transposed transitions (row = next label) so the inner loop reads one contiguous row. */
function transpose(trans: Float32Array, into: Float64Array): Float64Array {
  for (let a = 0; a < L; a++) for (let b = 0; b < L; b++) into[b * L + a] = trans[a * L + b]!
  return into
}

/**
 * The transitions from closed to open labels as one dense (open × closed) block in the order the
 * decoder reads them, so its busiest loop walks two short contiguous arrays with no index lookups.
 */
function openFromClosedOf(tt: Float64Array, into: Float64Array): Float64Array {
  let k = 0
  for (const l of OPEN_LABELS) for (const pl of CLOSED_LABELS) into[k++] = tt[l * L + pl]!
  return into
}
const closedPrev = new Float64Array(CLOSED_LABELS.length)
const trainingOpenFromClosed = new Float64Array(OPEN_LABELS.length * CLOSED_LABELS.length)
const compactOpenFromClosed = new WeakMap<Float64Array, Float64Array>()

function viterbi(tt: Float64Array, openFromClosed: Float64Array, len: number, from: number, out: Uint8Array, margins?: Float32Array): void {
  const emit = emitBuf
  const score = scoreBuf
  const back = backBuf
  const openCount = OPEN_LABELS.length
  const closedCount = CLOSED_LABELS.length
  for (let l = 0; l < L; l++) score[l] = ALLOWED_START[l] ? emit[l]! : NEG
  for (let t = 1; t < len; t++) {
    const base = t * L
    const prevBase = base - L
    // The closed labels' previous scores, gathered once per position instead of once per open label.
    for (let c = 0; c < closedCount; c++) closedPrev[c] = score[prevBase + CLOSED_LABELS[c]!]!
    let k = 0
    for (let oi = 0; oi < openCount; oi++) {
      const l = OPEN_LABELS[oi]!
      let best = NEG
      let arg = 0
      for (let c = 0; c < closedCount; c++) {
        const s = closedPrev[c]! + openFromClosed[k++]!
        if (s > best) { best = s; arg = c }
      }
      score[base + l] = best + emit[base + l]!
      back[base + l] = CLOSED_LABELS[arg]!
    }
    for (let ty = 0; ty < TYPE_COUNT; ty++) {
      const b = 1 + ty * 4
      const i = b + 1
      const e = b + 2
      const sb = score[prevBase + b]!
      const si = score[prevBase + i]!
      let x = sb + tt[i * L + b]!
      let y = si + tt[i * L + i]!
      if (x >= y) { score[base + i] = x + emit[base + i]!; back[base + i] = b } else { score[base + i] = y + emit[base + i]!; back[base + i] = i }
      x = sb + tt[e * L + b]!
      y = si + tt[e * L + i]!
      if (x >= y) { score[base + e] = x + emit[base + e]!; back[base + e] = b } else { score[base + e] = y + emit[base + e]!; back[base + e] = i }
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
    // Margins are only read inside entities, so O characters (most of a page) skip the scan.
    if (margins && arg !== 0) {
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
  // Training changes the transitions between calls, so transpose them afresh every time.
  const tt = transpose(model.transitions, trainingTransT)
  viterbi(tt, openFromClosedOf(tt, trainingOpenFromClosed), len, from, out)
}

/**
 * Decodes characters [from, to) with a compact model into out[from..to). When `margins` is given,
 * margins[i] receives, for each character labelled inside an entity, how far the chosen label's
 * emission beats the runner-up: a cheap per-character confidence.
 */
export function decodeCompact(model: CompactModel, features: Int32Array, from: number, to: number, out: Uint8Array, margins?: Float32Array): void {
  const len = to - from
  if (len <= 0) return
  ensure(len)
  compactEmissions(model.weights, model.scale, features, from, to)
  let tt = compactTransT.get(model.transitions)
  if (!tt) { tt = transpose(model.transitions, new Float64Array(L * L)); compactTransT.set(model.transitions, tt) }
  let ofc = compactOpenFromClosed.get(tt)
  if (!ofc) { ofc = openFromClosedOf(tt, new Float64Array(OPEN_LABELS.length * CLOSED_LABELS.length)); compactOpenFromClosed.set(tt, ofc) }
  viterbi(tt, ofc, len, from, out, margins)
}
