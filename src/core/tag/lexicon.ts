import { ENTITY_TYPES, type EntityType } from '../../shared/model/analysis'

/**
 * A lexicon of known names (text → type) and known non-names (text that must never be tagged).
 * It is the seam through which an editor's corrections feed back into tagging: a pure value,
 * built from JSON by loadLexicon, merged by mergeLexicons, matched by findLexiconMatches.
 */

interface TrieNode {
  readonly children: Map<number, TrieNode>
  type: EntityType | null
  nonName: boolean
}

export interface Lexicon {
  readonly names: ReadonlyMap<string, EntityType>
  readonly nonNames: ReadonlySet<string>
  /** Internal index for longest-match scanning. */
  readonly root: TrieNode
}

/** A lexicon hit in text: [start, end) and the entry's type, or null for a known non-name. */
export interface LexiconMatch {
  readonly start: number
  readonly end: number
  readonly type: EntityType | null
}

export type LexiconLoadResult =
  | { readonly ok: true; readonly lexicon: Lexicon }
  | { readonly ok: false; readonly code: 'lexicon-invalid'; readonly message: string }

const MAX_ENTRY_LENGTH = 64

function newNode(): TrieNode {
  return { children: new Map(), type: null, nonName: false }
}

function insert(root: TrieNode, text: string): TrieNode {
  let node = root
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    let next = node.children.get(c)
    if (!next) { next = newNode(); node.children.set(c, next) }
    node = next
  }
  return node
}

/** Builds a lexicon from name entries and non-names; a later entry for the same text wins. */
export function createLexicon(names: Iterable<readonly [string, EntityType]>, nonNames: Iterable<string> = []): Lexicon {
  const nameMap = new Map<string, EntityType>()
  const nonSet = new Set<string>()
  for (const [text, type] of names) if (text.length > 0 && text.length <= MAX_ENTRY_LENGTH) nameMap.set(text, type)
  for (const text of nonNames) if (text.length > 0 && text.length <= MAX_ENTRY_LENGTH) { nonSet.add(text); nameMap.delete(text) }
  const root = newNode()
  for (const [text, type] of nameMap) insert(root, text).type = type
  for (const text of nonSet) insert(root, text).nonName = true
  return { names: nameMap, nonNames: nonSet, root }
}

/** The empty lexicon. */
export const EMPTY_LEXICON: Lexicon = createLexicon([])

/** Merges lexicons; entries of later ones override earlier ones (editor over built-in). */
export function mergeLexicons(...lexicons: readonly Lexicon[]): Lexicon {
  const names = new Map<string, EntityType>()
  const nonNames = new Set<string>()
  for (const lex of lexicons) {
    for (const [text, type] of lex.names) { names.set(text, type); nonNames.delete(text) }
    for (const text of lex.nonNames) { nonNames.add(text); names.delete(text) }
  }
  return createLexicon(names, nonNames)
}

/**
 * Loads a lexicon from a parsed JSON value shaped
 * `{ "names": [{ "text": "乔俊杰", "type": "PERSON" }], "nonNames": ["两湖"] }`.
 */
export function loadLexicon(value: unknown): LexiconLoadResult {
  const fail = (message: string): LexiconLoadResult => ({ ok: false, code: 'lexicon-invalid', message })
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail('A lexicon must be a JSON object with "names" and "nonNames" arrays.')
  }
  const record = value as Record<string, unknown>
  const rawNames = record['names'] ?? []
  const rawNon = record['nonNames'] ?? []
  if (!Array.isArray(rawNames)) return fail('"names" must be an array of {"text", "type"} objects.')
  if (!Array.isArray(rawNon)) return fail('"nonNames" must be an array of strings.')
  const names: Array<[string, EntityType]> = []
  for (const [i, entry] of rawNames.entries()) {
    const e = entry as { text?: unknown; type?: unknown } | null
    if (typeof e !== 'object' || e === null || typeof e.text !== 'string' || e.text.length === 0) {
      return fail(`names[${i}] needs a non-empty "text" string.`)
    }
    if (typeof e.type !== 'string' || !(ENTITY_TYPES as readonly string[]).includes(e.type)) {
      return fail(`names[${i}] ("${e.text}") has type ${JSON.stringify(e.type)}; use one of ${ENTITY_TYPES.join(', ')}.`)
    }
    names.push([e.text, e.type as EntityType])
  }
  for (const [i, text] of rawNon.entries()) {
    if (typeof text !== 'string' || text.length === 0) return fail(`nonNames[${i}] must be a non-empty string.`)
  }
  return { ok: true, lexicon: createLexicon(names, rawNon as string[]) }
}

/** Serialises a lexicon to the JSON value loadLexicon reads. */
export function lexiconToJson(lexicon: Lexicon): { names: Array<{ text: string; type: EntityType }>; nonNames: string[] } {
  return {
    names: [...lexicon.names].map(([text, type]) => ({ text, type })),
    nonNames: [...lexicon.nonNames]
  }
}

/** Scans text left to right for the longest lexicon entry at each position; matches never overlap. */
export function findLexiconMatches(lexicon: Lexicon, text: string): LexiconMatch[] {
  const out: LexiconMatch[] = []
  const root = lexicon.root
  if (root.children.size === 0) return out
  let i = 0
  while (i < text.length) {
    let node: TrieNode | undefined = root
    let bestEnd = -1
    let bestType: EntityType | null = null
    for (let j = i; j < text.length && j - i < MAX_ENTRY_LENGTH; j++) {
      node = node.children.get(text.charCodeAt(j))
      if (!node) break
      if (node.type !== null || node.nonName) { bestEnd = j + 1; bestType = node.nonName ? null : node.type }
    }
    if (bestEnd > 0) { out.push({ start: i, end: bestEnd, type: bestType }); i = bestEnd } else i++
  }
  return out
}

/**
 * Per-character lexicon feature codes for the tagger: 0 where nothing matches, otherwise
 * 1 + (type index, or 8 for a non-name) × 4 + B/M/E/S position.
 */
export function lexiconFeatureCodes(matches: readonly LexiconMatch[], length: number): Int32Array {
  const codes = new Int32Array(length)
  for (const m of matches) {
    const t = m.type === null ? ENTITY_TYPES.length : ENTITY_TYPES.indexOf(m.type)
    for (let i = m.start; i < m.end; i++) {
      const pos = m.end - m.start === 1 ? 3 : i === m.start ? 0 : i === m.end - 1 ? 2 : 1
      codes[i] = 1 + t * 4 + pos
    }
  }
  return codes
}
