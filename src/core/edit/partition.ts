import type { Article, ArticleLine, Entity, Repair } from '../../shared/model/analysis'
import { refreshFields } from './fields'
import { scanLinesIn, trimRange } from './source-chars'

/**
 * The one primitive behind split, merge, moving a line and dragging a boundary: the lines and
 * entities of a few source-adjacent articles are pooled and dealt out again to new ranges.
 * A line goes (clipped) to the range it falls in; an entity goes to the range that contains it
 * whole, and is dropped when a new boundary cuts through it; text a range takes over that no
 * pooled article covered becomes body lines. Cost is linear in the pooled lines and entities;
 * the other articles of the page are not touched.
 */

export interface RangeTarget {
  /** The article this range becomes: its id, kind, review and (unless lines changed) fields. */
  readonly base: Article
  readonly sourceStart: number
  readonly sourceEnd: number
}

export interface Partitioned {
  readonly articles: readonly Article[]
  readonly droppedEntities: readonly Entity[]
}

interface Span {
  readonly sourceStart: number
  readonly sourceEnd: number
}

/** [start, end) minus the (sorted, disjoint) covered spans. */
function uncoveredParts(start: number, end: number, covered: readonly Span[]): Span[] {
  const parts: Span[] = []
  let pos = start
  for (const span of covered) {
    if (span.sourceEnd <= pos || span.sourceStart >= end) continue
    if (span.sourceStart > pos) parts.push({ sourceStart: pos, sourceEnd: span.sourceStart })
    pos = Math.max(pos, span.sourceEnd)
  }
  if (pos < end) parts.push({ sourceStart: pos, sourceEnd: end })
  return parts
}

/** Deals the pooled articles' lines and entities out to `targets` (sorted by start, disjoint). */
export function partition(source: string, repairs: readonly Repair[], pooled: readonly Article[], targets: readonly RangeTarget[]): Partitioned {
  const covered = pooled.map((a) => ({ sourceStart: a.sourceStart, sourceEnd: a.sourceEnd })).sort((a, b) => a.sourceStart - b.sourceStart)
  const lines: ArticleLine[] = pooled.flatMap((a) => a.lines)
  const entities: Entity[] = pooled.flatMap((a) => a.entities)
  const linesFor: ArticleLine[][] = targets.map(() => [])
  const entitiesFor: Entity[][] = targets.map(() => [])
  const dropped: Entity[] = []

  for (const line of lines) {
    targets.forEach((target, t) => {
      if (line.sourceEnd <= target.sourceStart || line.sourceStart >= target.sourceEnd) return
      if (line.sourceStart >= target.sourceStart && line.sourceEnd <= target.sourceEnd) {
        ;(linesFor[t] as ArticleLine[]).push(line) // unchanged: keep the same object
        return
      }
      const piece = trimRange(source, Math.max(line.sourceStart, target.sourceStart), Math.min(line.sourceEnd, target.sourceEnd))
      if (piece.start < piece.end) (linesFor[t] as ArticleLine[]).push({ role: line.role, sourceStart: piece.start, sourceEnd: piece.end })
    })
  }
  targets.forEach((target, t) => {
    for (const part of uncoveredParts(target.sourceStart, target.sourceEnd, covered)) {
      ;(linesFor[t] as ArticleLine[]).push(...scanLinesIn(source, part.sourceStart, part.sourceEnd, 'body'))
    }
  })
  for (const entity of entities) {
    const t = targets.findIndex((target) => entity.sourceStart >= target.sourceStart && entity.sourceEnd <= target.sourceEnd)
    if (t < 0) dropped.push(entity)
    else (entitiesFor[t] as Entity[]).push(entity)
  }

  const articles = targets.map((target, t) => {
    const newLines = (linesFor[t] as ArticleLine[]).sort((a, b) => a.sourceStart - b.sourceStart)
    const newEntities = (entitiesFor[t] as Entity[]).sort((a, b) => a.sourceStart - b.sourceStart || a.sourceEnd - b.sourceEnd)
    const base = target.base
    const fields = refreshFields(source, repairs, base, newLines)
    return {
      ...base,
      ...fields,
      sourceStart: target.sourceStart,
      sourceEnd: target.sourceEnd,
      lines: newLines,
      entities: newEntities
    }
  })
  return { articles, droppedEntities: dropped }
}
