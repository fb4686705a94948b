import type { Repair } from '../../shared/model/analysis'
import { foldWidth } from './chars'
import type { SourceLine } from './lines'

/** The derived text and its map back to the source, before it is wrapped as NormalisedText. */
export interface DerivedText {
  readonly text: string
  readonly toSource: Int32Array
}

/** The part of a repair the builder needs; a reverted repair is simply left out. */
export type RepairEdit = Pick<Repair, 'sourceStart' | 'sourceEnd' | 'before' | 'after'>

/**
 * For each code unit of `after`, the offset inside `before` it comes from: characters are matched
 * in order (ignoring full/half width), an inserted character maps to the position it was
 * inserted at. "推\n\n进" → "推进" maps 推 to 0 and 进 to 3; "好\n\n好" → "好" maps 好 to 0.
 */
export function alignRepair(before: string, after: string): Int32Array {
  const map = new Int32Array(after.length)
  let cursor = 0
  for (let j = 0; j < after.length; j++) {
    const want = foldWidth(after.charCodeAt(j))
    let found = -1
    for (let i = cursor; i < before.length; i++) {
      if (foldWidth(before.charCodeAt(i)) === want) {
        found = i
        break
      }
    }
    if (found >= 0) {
      map[j] = found
      cursor = found + 1
    } else {
      map[j] = Math.min(cursor, Math.max(0, before.length - 1))
    }
  }
  return map
}

/**
 * Builds the derived text: each non-blank line's content, consecutive lines separated by one
 * "\n" (blank lines, CRLF and indentation are layout), with every given repair's `after`
 * standing in for its source range. Repairs must be sorted and must not overlap; one that
 * starts inside the whitespace between two lines replaces that separation. Linear in the
 * source length plus the repairs' lengths.
 */
export function buildDerived(source: string, lines: readonly SourceLine[], repairs: readonly RepairEdit[]): DerivedText {
  let extra = 1
  for (const r of repairs) extra += Math.max(0, r.after.length - (r.sourceEnd - r.sourceStart))
  const toSource = new Int32Array(source.length + extra + 1)
  const chunks: string[] = []
  let length = 0

  let p = 0
  let ri = 0
  let li = 0
  const lineCount = lines.length
  while (li < lineCount) {
    const repair = ri < repairs.length ? repairs[ri] : undefined
    if (repair && repair.sourceStart <= p) {
      if (repair.sourceStart === p && repair.sourceEnd > p) {
        const map = alignRepair(repair.before, repair.after)
        for (let j = 0; j < map.length; j++) toSource[length + j] = p + (map[j] ?? 0)
        chunks.push(repair.after)
        length += repair.after.length
        p = repair.sourceEnd
      }
      ri++ // an empty or overlapping repair is skipped
      continue
    }
    let line = lines[li] as SourceLine
    while (line.end <= p && li + 1 < lineCount) line = lines[++li] as SourceLine
    if (line.end <= p) break
    const nextRepairStart = repair ? repair.sourceStart : Number.MAX_SAFE_INTEGER
    if (p < line.start) {
      // Whitespace between lines: one "\n", unless a repair takes over inside it.
      if (nextRepairStart < line.start) {
        p = nextRepairStart
        continue
      }
      if (length > 0) {
        toSource[length++] = p
        chunks.push('\n')
      }
      p = line.start
      continue
    }
    const stop = Math.min(line.end, nextRepairStart)
    chunks.push(source.slice(p, stop))
    for (let i = p; i < stop; i++) toSource[length++] = i
    p = stop
  }
  toSource[length] = source.length
  return { text: chunks.join(''), toSource: toSource.slice(0, length + 1) }
}
