import { deriveRanges } from '../../../../core/text/derive'
import type { Article, Entity, Repair } from '../../../../shared/model/analysis'

/** A run of an article's body as shown: one source piece, repair text or paragraph break, maybe inside an entity. */
export interface BodyRun {
  readonly kind: 'source' | 'repair' | 'break'
  readonly text: string
  /** Offset of the run in the article's body (what `fix-typo` takes). */
  readonly bodyStart: number
  /** Source offset of the run's first character (for a repair, where the repair starts). */
  readonly sourceStart: number
  readonly entity: Entity | null
  readonly repairId: string | null
}

const isBodyRole = (role: string): boolean => role === 'body' || role === 'caption'

/**
 * Cuts an article's body into runs at piece and entity boundaries. The body is derived exactly
 * as the core derives it (`deriveRanges` over body and caption lines, paragraphs joined by
 * "\n"), so body offsets here are the ones `fix-typo` expects, and each run knows its source
 * offset for "split at caret" and for linking an entity to its source characters.
 */
export function bodyRuns(source: string, repairs: readonly Repair[], article: Article): BodyRun[] {
  const { pieces } = deriveRanges(source, repairs, article.lines.filter((line) => isBodyRole(line.role)), '\n')
  const runs: BodyRun[] = []
  for (const piece of pieces) {
    if (piece.kind !== 'source') {
      const text = piece.kind === 'break' ? '\n' : (piece.repair?.after ?? '')
      if (text.length === 0) continue
      // Repaired text belongs to an entity only when the entity covers the whole repair.
      const entity = piece.kind === 'repair' ? (article.entities.find((en) => en.sourceStart <= piece.sourceStart && piece.sourceEnd <= en.sourceEnd) ?? null) : null
      runs.push({ kind: piece.kind, text, bodyStart: piece.derivedStart, sourceStart: piece.sourceStart, entity, repairId: piece.repair?.id ?? null })
      continue
    }
    // A source piece is cut at every entity edge inside it (entities never overlap).
    const inPiece = article.entities.filter((en) => en.sourceStart < piece.sourceEnd && en.sourceEnd > piece.sourceStart)
    const cuts = new Set([piece.sourceStart, piece.sourceEnd])
    for (const en of inPiece) {
      cuts.add(Math.max(en.sourceStart, piece.sourceStart))
      cuts.add(Math.min(en.sourceEnd, piece.sourceEnd))
    }
    const points = [...cuts].sort((a, b) => a - b)
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i] as number
      const to = points[i + 1] as number
      const entity = inPiece.find((en) => en.sourceStart <= from && from < en.sourceEnd) ?? null
      runs.push({ kind: 'source', text: source.slice(from, to), bodyStart: piece.derivedStart + (from - piece.sourceStart), sourceStart: from, entity, repairId: null })
    }
  }
  return runs
}
