/**
 * Integer feature hashing: a feature is a template id plus a few integers, mixed into a bucket
 * index without building strings, so tagging allocates nothing per feature.
 */

/** Mixes one integer into a running 32-bit hash (murmur-style multiply and shift). */
export function mix(h: number, v: number): number {
  let x = Math.imul(h ^ v, 0x5bd1e995)
  x ^= x >>> 15
  return Math.imul(x, 0x27d4eb2d)
}

/** Starting hash of template t. */
export function seed(t: number): number {
  return Math.imul(t + 1, 0x9e3779b1)
}

/** Final bucket of a hash in a table of 2^bits rows. */
export function bucket(h: number, bits: number): number {
  return (Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0) >>> (32 - bits)
}

/** Hash of a string's code units after applying `fold` to each (used once per word, not per feature). */
export function hashString(text: string, start: number, end: number, fold: (code: number) => number): number {
  let h = 0x811c9dc5
  for (let i = start; i < end; i++) h = mix(h, fold(text.charCodeAt(i)))
  return h
}
