import type { Article, Entity, Repair } from '../../shared/model/analysis'
import type { EditCommand } from './commands'
import { type DerivedRanges, deriveRanges, deriveSpan, type TextPiece } from '../text/derive'
import { editError } from './errors'
import { type FieldGroup, fieldGroupOf, refreshFields } from './fields'
import { done, type Outcome, refused } from './outcome'
import { rebaseSpan } from './rebase'
import { type EditState, indexOfArticle } from './state'

/** Reverting / re-applying repairs and fixing typos: both change derived text, never the source. */

type Command<T extends EditCommand['type']> = Extract<EditCommand, { type: T }>

/** The repair kind a typo fix is recorded as; revert it like any other repair. */
export const TYPO_REPAIR_KIND = 'editor-typo'

/**
 * Re-derives what depends on the repairs inside [start, end): the fields fed by lines touching
 * it, the body, and the quotes of entities overlapping it. Articles elsewhere are shared.
 */
function refreshAround(state: EditState, repairs: readonly Repair[], start: number, end: number, invalid?: (e: Entity) => boolean): Article[] {
  const { sourceText } = state
  return state.analysis.articles.map((article) => {
    if (article.sourceEnd < start || article.sourceStart > end) return article
    const force = new Set<FieldGroup>(['body'])
    for (const line of article.lines) if (line.sourceStart <= end && line.sourceEnd >= start) force.add(fieldGroupOf(line.role))
    let entitiesChanged = false
    const entities: Entity[] = []
    for (const e of article.entities) {
      if (e.sourceEnd <= start || e.sourceStart >= end) entities.push(e)
      else if (invalid?.(e)) entitiesChanged = true
      else {
        const text = deriveSpan(sourceText, repairs, e.sourceStart, e.sourceEnd)
        entities.push(text === e.text ? e : { ...e, text })
        entitiesChanged ||= text !== e.text
      }
    }
    const fields = refreshFields(sourceText, repairs, article, article.lines, force)
    return { ...article, ...fields, entities: entitiesChanged ? entities : article.entities }
  })
}

/** Reverts (applied: false) or re-applies a repair, re-deriving the affected text. */
export function setRepairApplied(state: EditState, command: Command<'set-repair-applied'>): Outcome {
  const { analysis } = state
  const at = analysis.repairs.findIndex((r) => r.id === command.repairId)
  const repair = analysis.repairs[at]
  if (!repair) return refused(editError('REPAIR_NOT_FOUND', `No repair "${command.repairId}" on this page.`))
  if (repair.applied === command.applied) return done(analysis)
  const repairs = analysis.repairs.slice()
  repairs[at] = { ...repair, applied: command.applied }
  const articles = refreshAround(state, repairs, repair.sourceStart, repair.sourceEnd)
  return done({ ...analysis, repairs, articles })
}

/** The piece an insertion at `offset` goes into: verbatim text first (left before right), never a break. */
function pieceAt(derived: DerivedRanges, offset: number): TextPiece | undefined {
  const candidates = derived.pieces.filter((p) => p.kind !== 'break' && p.derivedStart <= offset && offset <= p.derivedEnd)
  return candidates.find((p) => p.kind === 'source') ?? candidates[0]
}

/**
 * Fixes a typo in an article's body: [bodyStart, bodyEnd) of the body text becomes `replacement`.
 * The source stays as loaded; the fix is recorded as an 'editor-typo' repair over the matching
 * source characters, so it shows in the source pane and can be reverted. A second fix touching
 * an earlier one extends that repair. Entities keep their source offsets: those around the fix
 * are untouched, one containing it gets its new text, one it cuts across is removed.
 */
export function fixTypo(state: EditState, command: Command<'fix-typo'>): Outcome {
  const { sourceText, analysis } = state
  const index = indexOfArticle(analysis, command.articleId)
  const article = analysis.articles[index]
  if (!article) return refused(editError('ARTICLE_NOT_FOUND', `No article "${command.articleId}" on this page.`))
  const bodyLines = article.lines.filter((l) => fieldGroupOf(l.role) === 'body')
  const derived = deriveRanges(sourceText, analysis.repairs, bodyLines, '\n')
  const { bodyStart, bodyEnd, replacement } = command
  if (!Number.isInteger(bodyStart) || !Number.isInteger(bodyEnd) || bodyStart < 0 || bodyEnd < bodyStart || bodyEnd > derived.text.length) {
    return refused(editError('OFFSET_OUT_OF_RANGE', `Range ${bodyStart}–${bodyEnd} is outside the body (0–${derived.text.length}).`))
  }
  if (derived.text.slice(bodyStart, bodyEnd) === replacement) return done(analysis)
  const insertion = bodyStart === bodyEnd
  // The pieces the edit touches; an insertion touches the piece on its left (or right at a start).
  const touched = insertion
    ? [pieceAt(derived, bodyStart)].filter((p): p is TextPiece => p !== undefined)
    : derived.pieces.filter((p) => p.derivedStart < bodyEnd && bodyStart < p.derivedEnd)
  if (touched.length === 0 || touched.some((p) => p.kind === 'break')) {
    return refused(editError('TYPO_CROSSES_PARAGRAPH', 'A typo fix stays inside one paragraph.'))
  }
  if (touched.some((p) => p.kind === 'repair' && p.repair?.kind !== TYPO_REPAIR_KIND)) {
    return refused(editError('TYPO_OVERLAPS_REPAIR', 'This text was produced by a repair; revert the repair first, then fix the text.'))
  }
  for (let i = 1; i < touched.length; i++) {
    if ((touched[i - 1] as TextPiece).sourceEnd !== (touched[i] as TextPiece).sourceStart) {
      return refused(editError('TYPO_CROSSES_PARAGRAPH', 'A typo fix stays inside one paragraph.'))
    }
  }
  const first = touched[0] as TextPiece
  const last = touched[touched.length - 1] as TextPiece
  // Source range of the fix: exact inside verbatim pieces, whole earlier typo repairs otherwise.
  const toSource = (piece: TextPiece, offset: number): number =>
    piece.kind === 'source' ? piece.sourceStart + (offset - piece.derivedStart) : offset === piece.derivedStart ? piece.sourceStart : piece.sourceEnd
  let sourceStart = first.kind === 'source' ? toSource(first, bodyStart) : first.sourceStart
  let sourceEnd = last.kind === 'source' ? toSource(last, bodyEnd) : last.sourceEnd
  let derivedStart = first.kind === 'source' ? bodyStart : first.derivedStart
  let derivedEnd = last.kind === 'source' ? bodyEnd : last.derivedEnd
  if (sourceStart === sourceEnd) {
    // An insertion into verbatim text: take the neighbouring code unit(s) in, so the repair is non-empty.
    const piece = first
    if (sourceStart > piece.sourceStart) {
      const back = sourceStart - 1 > piece.sourceStart && isLow(sourceText.charCodeAt(sourceStart - 1)) ? 2 : 1
      sourceStart -= back
      derivedStart -= back
    } else {
      const ahead = isHigh(sourceText.charCodeAt(sourceEnd)) && sourceEnd + 1 < piece.sourceEnd ? 2 : 1
      sourceEnd += ahead
      derivedEnd += ahead
    }
  }
  const after = derived.text.slice(derivedStart, bodyStart) + replacement + derived.text.slice(bodyEnd, derivedEnd)
  const before = sourceText.slice(sourceStart, sourceEnd)
  const merged = new Set(touched.filter((p) => p.kind === 'repair').map((p) => (p.repair as Repair).id))
  const reused = touched.find((p) => p.kind === 'repair')?.repair
  const repairId = reused ? reused.id : command.repairId
  if (!reused && analysis.repairs.some((r) => r.id === repairId)) {
    return refused(editError('ID_TAKEN', `Id "${repairId}" is already used.`))
  }
  const repairs = analysis.repairs.filter((r) => !merged.has(r.id))
  // A repair the body does not show (reverted, or a join reaching outside the body) still owns its characters.
  if (repairs.some((r) => r.sourceStart < sourceEnd && sourceStart < r.sourceEnd)) {
    return refused(editError('TYPO_OVERLAPS_REPAIR', 'These characters belong to another repair (perhaps reverted); re-apply or revert it first.'))
  }
  // A fix that restores the source text needs no repair at all.
  if (after !== before) {
    const repair: Repair = { id: repairId, kind: TYPO_REPAIR_KIND, sourceStart, sourceEnd, before, after, applied: true }
    const at = repairs.findIndex((r) => r.sourceStart > sourceStart)
    repairs.splice(at < 0 ? repairs.length : at, 0, repair)
  }
  const edit = { start: sourceStart, end: sourceEnd, insertedLength: sourceEnd - sourceStart }
  const invalid = (e: Entity): boolean => rebaseSpan({ start: e.sourceStart, end: e.sourceEnd }, edit).status === 'invalidated'
  const articles = refreshAround(state, repairs, sourceStart, sourceEnd, invalid)
  return done({ ...analysis, repairs, articles })
}

function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff
}

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}
