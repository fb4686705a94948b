import { createLexicon, lexiconToJson, loadLexicon, type Lexicon } from '../tag/lexicon'
import { FEATURE_COUNT } from '../tag/features'
import { LABEL_COUNT } from '../tag/tag-set'
import { COMPACT_ROW, type CompactModel } from '../tag/tagger-model'

/**
 * The shipped model file: a small ASCII JSON header (sizes, provenance, gazetteer) followed by
 * the transition matrix and the emission rows that carry any weight, as sorted row indices plus
 * 16-bit rows. Most hashed feature rows of an averaged perceptron stay zero, so this row-sparse
 * form is a fraction of the dense table.
 *
 *   "GALLEYTG" | u32 header bytes | header | f32 × LABEL_COUNT² | u32 × n row ids | i16 × n × COMPACT_ROW
 */

const MAGIC = 'GALLEYTG'
/** Bump when features.ts changes in a way that invalidates trained weights. */
export const FEATURE_VERSION = 3
const FORMAT_VERSION = 2

export interface ModelBundle {
  readonly model: CompactModel
  readonly gazetteer: Lexicon
  /** Provenance: training data, pages, variant, epochs, date, command. */
  readonly meta: Readonly<Record<string, unknown>>
}

export type ModelLoadResult =
  | { readonly ok: true; readonly bundle: ModelBundle }
  | { readonly ok: false; readonly code: 'model-invalid' | 'model-incompatible'; readonly message: string }

interface Header {
  formatVersion: number
  featureVersion: number
  featureCount: number
  labels: number
  bits: number
  scale: number
  liveRows: number
  meta: Record<string, unknown>
  gazetteer: unknown
}

// JSON with every non-ASCII character escaped, so the header is one byte per character.
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** Serialises a compact model, its gazetteer and provenance to the model file bytes. */
export function serialiseModel(bundle: ModelBundle): Uint8Array {
  const w = bundle.model.weights
  const rows = w.length / COMPACT_ROW
  const live: number[] = []
  for (let r = 0; r < rows; r++) {
    for (let l = 0; l < COMPACT_ROW; l++) if (w[r * COMPACT_ROW + l] !== 0) { live.push(r); break }
  }
  const liveRows = live.length
  const header: Header = {
    formatVersion: FORMAT_VERSION, featureVersion: FEATURE_VERSION, featureCount: FEATURE_COUNT, labels: LABEL_COUNT,
    bits: bundle.model.bits, scale: bundle.model.scale, liveRows, meta: { ...bundle.meta }, gazetteer: lexiconToJson(bundle.gazetteer)
  }
  let json = asciiJson(header)
  // Pad so the typed arrays that follow start 4-byte aligned.
  while ((MAGIC.length + 4 + json.length) % 4 !== 0) json += ' '
  const headerEnd = MAGIC.length + 4 + json.length
  const transBytes = LABEL_COUNT * LABEL_COUNT * 4
  const bytes = new Uint8Array(headerEnd + transBytes + liveRows * (4 + COMPACT_ROW * 2))
  for (let i = 0; i < MAGIC.length; i++) bytes[i] = MAGIC.charCodeAt(i)
  new DataView(bytes.buffer).setUint32(MAGIC.length, json.length, true)
  for (let i = 0; i < json.length; i++) bytes[MAGIC.length + 4 + i] = json.charCodeAt(i)
  new Float32Array(bytes.buffer, headerEnd, LABEL_COUNT * LABEL_COUNT).set(bundle.model.transitions)
  const indices = new Uint32Array(bytes.buffer, headerEnd + transBytes, liveRows)
  const values = new Int16Array(bytes.buffer, headerEnd + transBytes + liveRows * 4, liveRows * COMPACT_ROW)
  live.forEach((r, k) => {
    indices[k] = r
    values.set(w.subarray(r * COMPACT_ROW, (r + 1) * COMPACT_ROW), k * COMPACT_ROW)
  })
  return bytes
}

/** Reads model file bytes back into a model bundle, checking that it fits this build's features. */
export function deserialiseModel(bytes: Uint8Array): ModelLoadResult {
  const invalid = (message: string): ModelLoadResult => ({ ok: false, code: 'model-invalid', message })
  if (bytes.length < MAGIC.length + 4) return invalid('The model file is too short to be a Galley tagger model.')
  for (let i = 0; i < MAGIC.length; i++) {
    if (bytes[i] !== MAGIC.charCodeAt(i)) return invalid('This is not a Galley tagger model (wrong magic bytes); retrain with `galley train`.')
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const headerLength = view.getUint32(MAGIC.length, true)
  const headerEnd = MAGIC.length + 4 + headerLength
  if (headerEnd > bytes.length) return invalid('The model header is truncated.')
  let header: Header
  try {
    let json = ''
    for (let i = MAGIC.length + 4; i < headerEnd; i += 8192) json += String.fromCharCode(...bytes.subarray(i, Math.min(headerEnd, i + 8192)))
    header = JSON.parse(json) as Header
  } catch {
    return invalid('The model header is not valid JSON.')
  }
  if (header.formatVersion !== FORMAT_VERSION || header.featureVersion !== FEATURE_VERSION || header.featureCount !== FEATURE_COUNT || header.labels !== LABEL_COUNT) {
    return { ok: false, code: 'model-incompatible', message: `The model file is format v${header.formatVersion}, trained for features v${header.featureVersion} (${header.featureCount} templates, ${header.labels} labels); this build reads format v${FORMAT_VERSION}, features v${FEATURE_VERSION} (${FEATURE_COUNT}, ${LABEL_COUNT}). Retrain with \`galley train\`.` }
  }
  const transBytes = LABEL_COUNT * LABEL_COUNT * 4
  const liveRows = header.liveRows
  if (headerEnd + transBytes + liveRows * (4 + COMPACT_ROW * 2) !== bytes.length) return invalid('The model file size does not match its header; the file is truncated or damaged.')
  // Copy into a fresh, aligned buffer: the input may sit at any offset of a larger buffer, and a
  // Node Buffer's slice() does not copy.
  const body = new Uint8Array(bytes.length - headerEnd)
  body.set(bytes.subarray(headerEnd))
  const transitions = new Float32Array(body.buffer, 0, LABEL_COUNT * LABEL_COUNT).slice()
  const indices = new Uint32Array(body.buffer, transBytes, liveRows)
  const values = new Int16Array(body.buffer, transBytes + liveRows * 4, liveRows * COMPACT_ROW)
  const rows = 1 << header.bits
  const weights = new Int16Array(rows * COMPACT_ROW)
  for (let k = 0; k < liveRows; k++) {
    const r = indices[k]!
    if (r >= rows) return invalid('The model file has a row index out of range; it is damaged.')
    weights.set(values.subarray(k * COMPACT_ROW, (k + 1) * COMPACT_ROW), r * COMPACT_ROW)
  }
  const gaz = loadLexicon(header.gazetteer ?? {})
  return {
    ok: true,
    bundle: {
      model: { bits: header.bits, scale: header.scale, weights, transitions },
      gazetteer: gaz.ok ? gaz.lexicon : createLexicon([]),
      meta: header.meta ?? {}
    }
  }
}
