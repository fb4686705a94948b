import type { Repair } from '../../shared/model/analysis'
import type { NormalisedText } from '../model/ports'
import { buildDerived } from './build'
import { scanLines } from './lines'

/**
 * Re-derives the text from the source and a list of repairs, applying only those with
 * `applied: true`. This is how an editor's "revert this repair" takes effect: the result keeps
 * every repair (reverted ones flagged) so it can be re-applied later. Repairs must be the
 * normaliser's (sorted, non-overlapping, `before` equal to their source slice); any whose
 * `before` no longer matches the source is ignored rather than corrupting the text.
 */
export function rederive(source: string, repairs: readonly Repair[]): NormalisedText {
  const applied = repairs
    .filter((r) => r.applied && r.sourceEnd <= source.length && source.slice(r.sourceStart, r.sourceEnd) === r.before)
    .sort((a, b) => a.sourceStart - b.sourceStart)
  const derived = buildDerived(source, scanLines(source), applied)
  return { source, text: derived.text, toSource: derived.toSource, repairs }
}

/** Sets one repair's applied flag (revert or re-apply it) and re-derives the text. */
export function setRepairApplied(normalised: NormalisedText, repairId: string, applied: boolean): NormalisedText {
  const repairs = normalised.repairs.map((r) => (r.id === repairId ? { ...r, applied } : r))
  return rederive(normalised.source, repairs)
}
