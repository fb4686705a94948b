import type { DerivedEntity } from '../model/ports'
import type { EntityType } from '../../shared/model/analysis'
import type { Candidate } from './candidate'

/**
 * Merges candidates from the model, the rules and the lexicon into one entity list. Flat types
 * never overlap each other: the higher priority wins, then the higher confidence, then the longer
 * span. WORK and EVENT are containers (a title or a meeting name may contain a place or a person):
 * a flat candidate may not cut one, and the flat entities wholly inside one are part of its name
 * and are not returned (one entity per span: no 中华人民共和国 inside a law's title).
 */

const CONTAINER_TYPES: ReadonlySet<EntityType> = new Set<EntityType>(['WORK', 'EVENT'])

/** Picks a consistent set of entities from overlapping candidates; result is sorted by start. */
export function combineCandidates(candidates: readonly Candidate[], length: number, isNonName: (start: number, end: number) => boolean): DerivedEntity[] {
  // isNonName(start, end): the span touches a known non-name, so only the lexicon may propose it.
  const ordered = candidates
    .filter((c) => c.start >= 0 && c.end <= length && c.end > c.start && (c.signal === 'lexicon' || !isNonName(c.start, c.end)))
    .sort((a, b) => b.priority - a.priority || b.confidence - a.confidence || (b.end - b.start) - (a.end - a.start) || a.start - b.start)
  // Owner arrays (accepted index + 1 per character) keep this linear in the text length.
  const flatOwner = new Int32Array(length)
  const boxOwner = new Int32Array(length)
  const accepted: Candidate[] = []
  const crossesEdge = (owner: Int32Array, c: Candidate): boolean => {
    const first = owner[c.start]!
    const last = owner[c.end - 1]!
    const a = first ? accepted[first - 1]! : null
    const b = last ? accepted[last - 1]! : null
    return (a !== null && a.start < c.start) || (b !== null && b.end > c.end)
  }
  const anyOwned = (owner: Int32Array, c: Candidate): boolean => {
    for (let i = c.start; i < c.end; i++) if (owner[i]) return true
    return false
  }
  // A flat entity touching containers must lie wholly inside one of them.
  const insideOneBox = (c: Candidate): boolean => {
    for (let i = c.start; i < c.end; i++) {
      const box = boxOwner[i]!
      if (box) {
        const o = accepted[box - 1]!
        if (o.start > c.start || o.end < c.end) return false
      } else if (boxOwner[c.start]) return false
    }
    return true
  }
  for (const c of ordered) {
    if (CONTAINER_TYPES.has(c.type)) {
      // A container may enclose flat entities but not cut one, nor touch another container.
      if (anyOwned(boxOwner, c) || crossesEdge(flatOwner, c)) continue
      accepted.push(c)
      boxOwner.fill(accepted.length, c.start, c.end)
    } else {
      if (anyOwned(flatOwner, c)) continue
      if (!insideOneBox(c)) continue
      accepted.push(c)
      flatOwner.fill(accepted.length, c.start, c.end)
    }
  }
  // A flat entity inside a container is part of its name (中华人民共和国 in a law's title): not
  // emitted on its own, so the editor sees one entity per span.
  return accepted
    .filter((c) => CONTAINER_TYPES.has(c.type) || !boxOwner[c.start])
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .map((c) => ({ type: c.type, start: c.start, end: c.end, confidence: c.confidence, signal: c.signal }))
}
