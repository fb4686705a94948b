import type { Entity, Repair } from '../../../../shared/model/analysis'

/** A run of source text inside one article's range: plain, part of a repair, part of an entity. */
export interface SourceRun {
  readonly start: number
  readonly end: number
  readonly entity: Entity | null
  readonly repair: Repair | null
  /** Inside the line chosen in the correction panel. */
  readonly inLine: boolean
}

/**
 * Cuts [start, end) of the source at the edges of the entities and repairs inside it, so each
 * run can be drawn with its entity colour and repair marker while the text stays exactly the
 * source (nothing is inserted: the pane's text must equal the page file).
 */
export function sourceRuns(start: number, end: number, entities: readonly Entity[], repairs: readonly Repair[], line: { readonly start: number; readonly end: number } | null = null): SourceRun[] {
  const cuts = new Set([start, end])
  const add = (s: number, e: number): void => {
    if (e <= start || s >= end) return
    cuts.add(Math.max(s, start))
    cuts.add(Math.min(e, end))
  }
  for (const en of entities) add(en.sourceStart, en.sourceEnd)
  const inRange = repairs.filter((r) => r.sourceEnd > start && r.sourceStart < end && r.sourceEnd > r.sourceStart)
  for (const r of inRange) add(r.sourceStart, r.sourceEnd)
  if (line) add(line.start, line.end)
  const points = [...cuts].sort((a, b) => a - b)
  const runs: SourceRun[] = []
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i] as number
    const to = points[i + 1] as number
    runs.push({
      start: from,
      end: to,
      entity: entities.find((en) => en.sourceStart <= from && from < en.sourceEnd) ?? null,
      repair: inRange.find((r) => r.sourceStart <= from && from < r.sourceEnd) ?? null,
      inLine: line !== null && line.start <= from && from < line.end
    })
  }
  return runs
}
