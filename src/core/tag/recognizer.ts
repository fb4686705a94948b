import type { DerivedEntity, EntityRecognizer, TaggedWord } from '../model/ports'
import { PRIORITY, type Candidate } from './candidate'
import { combineCandidates } from './combine'
import { extractFeatures } from './features'
import { EMPTY_LEXICON, findLexiconMatches, lexiconFeatureCodes, mergeLexicons, type Lexicon } from './lexicon'
import { govBodyCandidates } from './rules/gov-body-rules'
import { gluedNameFilter } from './rules/glued-names'
import { orgCandidates } from './rules/org-rules'
import { orgStructureCandidates, splitOrgLists } from './rules/org-structure'
import { listPersonCandidates, personCandidates, withoutHonorific } from './rules/person-rules'
import { quantityCandidates } from './rules/quantity-rules'
import { timeCandidates } from './rules/time-rules'
import { workEventCandidates } from './rules/work-event-rules'
import { splitSequences } from './sequences'
import { MODEL_TYPES, labelsToSpans } from './tag-set'
import type { CompactModel } from './tagger-model'
import { decodeCompact } from './viterbi'

/**
 * The entity recognizer: the statistical tagger, the newspaper rules and the lexicon, combined.
 * Text is processed in chunks of whole sentences so memory stays bounded on a 20 MB page.
 */

export interface RecognizerConfig {
  readonly model: CompactModel
  /** Names the model saw as lexicon features while training (shipped inside the model file). */
  readonly gazetteer?: Lexicon
  /** The editor's lexicon: its names override the model and the rules. */
  readonly lexicon?: Lexicon
  /** Shipped general knowledge (places, common non-names): its names only fill in where nothing else speaks. */
  readonly builtInLexicon?: Lexicon
  /**
   * Tag bare government bodies (区委, 区政府, 市委) as ORG, not only place-prefixed ones (常州市委).
   * Default true: for an editor they name one definite organisation. The 1998 training corpus
   * never tags them, so this costs strict dev score (see docs/extraction.md).
   */
  readonly abbreviatedBodies?: boolean
}

const CHUNK = 1 << 15

/** Model spans of text as candidates, confidence from the per-character label margins. */
function modelCandidates(model: CompactModel, text: string, words: readonly TaggedWord[], featureLexicon: Lexicon): Candidate[] {
  const out: Candidate[] = []
  const sequences = splitSequences(text)
  let wordIndex = 0
  let wordStart = 0
  let s = 0
  while (s < sequences.length) {
    // Gather whole sequences into one chunk of at most CHUNK characters.
    const from = sequences[s]!
    let e = s
    while (e + 2 < sequences.length && sequences[e + 3]! - from <= CHUNK) e += 2
    const to = sequences[e + 1]!
    const chunkWords: TaggedWord[] = []
    while (wordIndex < words.length && wordStart < to) {
      const w = words[wordIndex]!
      const wEnd = wordStart + w.word.length
      if (wEnd > from) {
        const a = Math.max(wordStart, from)
        const b = Math.min(wEnd, to)
        chunkWords.push(a === wordStart && b === wEnd ? w : { word: text.slice(a, b), tag: w.tag })
      }
      if (wEnd > to) break
      wordStart = wEnd
      wordIndex++
    }
    const chunk = text.slice(from, to)
    const codes = featureLexicon.root.children.size ? lexiconFeatureCodes(findLexiconMatches(featureLexicon, chunk), chunk.length) : null
    const features = extractFeatures(chunk, chunkWords, codes, model.bits)
    const labels = new Uint8Array(chunk.length)
    const margins = new Float32Array(chunk.length)
    for (let k = s; k <= e; k += 2) decodeCompact(model, features, sequences[k]! - from, sequences[k + 1]! - from, labels, margins)
    for (const span of labelsToSpans(labels)) {
      let m = 0
      for (let i = span.start; i < span.end; i++) m += margins[i]!
      const confidence = 1 / (1 + Math.exp(-m / (span.end - span.start) / 4))
      out.push({
        start: from + span.start, end: from + span.end, type: MODEL_TYPES[span.typeIndex]!,
        confidence: Math.round(Math.min(0.99, Math.max(0.5, confidence)) * 100) / 100, signal: 'model', priority: PRIORITY.model
      })
    }
    s = e + 2
  }
  return out
}

const isLowSurrogate = (text: string, i: number): boolean => i > 0 && i < text.length && (text.charCodeAt(i) & 0xfc00) === 0xdc00

/** Widens a span whose edge falls between the halves of a surrogate pair (an astral character). */
function wholeCharacters(text: string, c: Candidate): Candidate {
  const start = isLowSurrogate(text, c.start) ? c.start - 1 : c.start
  const end = isLowSurrogate(text, c.end) ? c.end + 1 : c.end
  return start === c.start && end === c.end ? c : { ...c, start, end }
}

/**
 * A numbered meeting right after the organisation that holds it (区政府第31次常务会议) is that
 * body's meeting: one EVENT from the start of the organisation, a little more confident than the
 * bare meeting so the combine step prefers it (the organisation then lies inside the EVENT).
 */
export function withHoldingBodies(events: readonly Candidate[], others: readonly Candidate[]): Candidate[] {
  const orgStartByEnd = new Map<number, number>()
  for (const c of others) if (c.type === 'ORG') orgStartByEnd.set(c.end, Math.min(orgStartByEnd.get(c.end) ?? c.start, c.start))
  const out = [...events]
  for (const e of events) {
    const start = e.type === 'EVENT' ? orgStartByEnd.get(e.start) : undefined
    if (start !== undefined) out.push({ ...e, start, confidence: Math.min(0.95, e.confidence + 0.05) })
  }
  return out
}

/** Builds the recognizer the engine calls on derived text and its jieba words. */
export function createEntityRecognizer(config: RecognizerConfig): EntityRecognizer {
  const editor = config.lexicon ?? EMPTY_LEXICON
  const builtIn = config.builtInLexicon ?? EMPTY_LEXICON
  const abbreviatedBodies = config.abbreviatedBodies ?? true
  const featureLexicon = mergeLexicons(config.gazetteer ?? EMPTY_LEXICON, builtIn, editor)
  return {
    recognize(text: string, words: readonly TaggedWord[]): DerivedEntity[] {
      if (text.length === 0) return []
      const candidates = splitOrgLists(words, modelCandidates(config.model, text, words, featureLexicon).map((c) => withoutHonorific(text, wholeCharacters(text, c))))
      // Characters covered by a known non-name: no model or rule entity may touch them.
      const blocked = new Uint8Array(text.length)
      for (const [lexicon, priority, confidence] of [[builtIn, PRIORITY.fillIn, 0.8], [editor, PRIORITY.lexicon, 0.95]] as const) {
        for (const m of findLexiconMatches(lexicon, text)) {
          if (m.type === null) blocked.fill(1, m.start, m.end)
          else candidates.push({ start: m.start, end: m.end, type: m.type, confidence, signal: 'lexicon', priority })
        }
      }
      // A model name glued to the tail of an unknown word (纵慧芯光) is not a name.
      const notGlued = gluedNameFilter(text, words)
      for (let k = candidates.length - 1; k >= 0; k--) if (!notGlued(candidates[k]!)) candidates.splice(k, 1)
      // Government bodies (常州市委, 区政府); one inside a longer organisation the model or lexicon
      // found (常州市委党校) is part of that organisation instead.
      const orgs = candidates.filter((c) => c.type === 'ORG')
      const bodies = govBodyCandidates(text, words, candidates.filter((c) => c.type === 'PLACE'), { bare: abbreviatedBodies })
      candidates.push(...bodies.filter((b) => !orgs.some((o) => o.start <= b.start && o.end >= b.end && o.end - o.start > b.end - b.start)))
      // A place right before an organisation (越南 + 国防部) is part of its name.
      candidates.push(...orgStructureCandidates(candidates))
      candidates.push(...personCandidates(text), ...quantityCandidates(text), ...timeCandidates(text), ...orgCandidates(text))
      candidates.push(...withHoldingBodies(workEventCandidates(text), candidates))
      const isNonName = (a: number, b: number): boolean => {
        for (let i = a; i < b; i++) if (blocked[i]) return true
        return false
      }
      const first = combineCandidates(candidates, text.length, isNonName)
      const listed = listPersonCandidates(text, first)
      return listed.length ? combineCandidates([...candidates, ...listed], text.length, isNonName) : first
    }
  }
}
