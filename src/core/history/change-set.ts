import type { Article, PageAnalysis, Repair } from '../../shared/model/analysis'

/**
 * What one command (or one batch) changed on a page, record by record: the articles in reading
 * order, the deleted-articles trash and the repairs. A record carries its position, so applying
 * a change set (or its inverse) restores the exact arrays. Unchanged records are not listed,
 * and because commands share unchanged articles, diffing is a reference comparison.
 */
export type ChangeRecord =
  | { readonly kind: 'article'; readonly index: number; readonly value: Article }
  | { readonly kind: 'deleted-article'; readonly index: number; readonly value: Article }
  | { readonly kind: 'repair'; readonly index: number; readonly value: Repair }

export type ChangeRecordKind = ChangeRecord['kind']

export interface ChangeSet {
  readonly created: readonly ChangeRecord[]
  /** [before, after] pairs; the index may differ (a reordered article). */
  readonly updated: readonly (readonly [ChangeRecord, ChangeRecord])[]
  readonly deleted: readonly ChangeRecord[]
}

export const EMPTY_CHANGE_SET: ChangeSet = { created: [], updated: [], deleted: [] }

/** True when the change set changes nothing. */
export function isEmptyChangeSet(changes: ChangeSet): boolean {
  return changes.created.length === 0 && changes.updated.length === 0 && changes.deleted.length === 0
}

/** The change set that undoes `changes`. */
export function invertChangeSet(changes: ChangeSet): ChangeSet {
  return {
    created: changes.deleted,
    updated: changes.updated.map(([before, after]) => [after, before] as const),
    deleted: changes.created
  }
}

interface Identified {
  readonly id: string
}

function record<T extends Identified>(kind: ChangeRecordKind, index: number, value: T): ChangeRecord {
  return { kind, index, value } as unknown as ChangeRecord
}

/** Positions (into `seq`) of a longest increasing subsequence: the items that did not move. */
function longestIncreasing(seq: readonly number[]): Set<number> {
  const tails: number[] = []
  const prev = new Int32Array(seq.length).fill(-1)
  for (let i = 0; i < seq.length; i++) {
    const v = seq[i] as number
    let lo = 0
    let hi = tails.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if ((seq[tails[mid] as number] as number) < v) lo = mid + 1
      else hi = mid
    }
    if (lo > 0) prev[i] = tails[lo - 1] as number
    tails[lo] = i
  }
  const keep = new Set<number>()
  let k = tails.length ? (tails[tails.length - 1] as number) : -1
  while (k >= 0) {
    keep.add(k)
    k = prev[k] as number
  }
  return keep
}

function diffList<T extends Identified>(kind: ChangeRecordKind, before: readonly T[], after: readonly T[], out: { created: ChangeRecord[]; updated: [ChangeRecord, ChangeRecord][]; deleted: ChangeRecord[] }): void {
  if (before === after) return
  const beforeIndex = new Map<string, number>()
  before.forEach((item, i) => beforeIndex.set(item.id, i))
  const afterIds = new Set<string>()
  // Items present on both sides, in their new order, with their old positions.
  const common: number[] = []
  const commonOld: number[] = []
  after.forEach((item, i) => {
    afterIds.add(item.id)
    const old = beforeIndex.get(item.id)
    if (old === undefined) out.created.push(record(kind, i, item))
    else {
      common.push(i)
      commonOld.push(old)
    }
  })
  const stay = longestIncreasing(commonOld)
  common.forEach((newIndex, k) => {
    const oldIndex = commonOld[k] as number
    const oldItem = before[oldIndex] as T
    const newItem = after[newIndex] as T
    if (oldItem !== newItem || !stay.has(k)) out.updated.push([record(kind, oldIndex, oldItem), record(kind, newIndex, newItem)])
  })
  before.forEach((item, i) => {
    if (!afterIds.has(item.id)) out.deleted.push(record(kind, i, item))
  })
}

/** The change set that turns `before` into `after`. Linear in the arrays (plus n log n for moves). */
export function diffAnalysis(before: PageAnalysis, after: PageAnalysis): ChangeSet {
  const out = { created: [] as ChangeRecord[], updated: [] as [ChangeRecord, ChangeRecord][], deleted: [] as ChangeRecord[] }
  diffList('article', before.articles, after.articles, out)
  diffList('deleted-article', before.deletedArticles ?? [], after.deletedArticles ?? [], out)
  diffList('repair', before.repairs, after.repairs, out)
  return out
}

function applyList<T extends Identified>(kind: ChangeRecordKind, list: readonly T[], changes: ChangeSet): readonly T[] {
  const removed = new Set<string>()
  const inserted: ChangeRecord[] = []
  for (const r of changes.deleted) if (r.kind === kind) removed.add(r.value.id)
  for (const [before, after] of changes.updated) {
    if (before.kind === kind) removed.add(before.value.id)
    if (after.kind === kind) inserted.push(after)
  }
  for (const r of changes.created) if (r.kind === kind) inserted.push(r)
  if (removed.size === 0 && inserted.length === 0) return list
  const kept = removed.size ? list.filter((item) => !removed.has(item.id)) : list.slice()
  inserted.sort((a, b) => a.index - b.index)
  // Merge: the inserted records take their recorded positions, the rest keep their order.
  const result: T[] = []
  let k = 0
  let i = 0
  const total = kept.length + inserted.length
  for (let pos = 0; pos < total; pos++) {
    const next = inserted[i]
    if (next && (next.index === pos || k >= kept.length)) {
      result.push(next.value as unknown as T)
      i++
    } else {
      result.push(kept[k++] as T)
    }
  }
  return result
}

/** Applies a change set to an analysis, sharing every array it does not touch. */
export function applyChangeSet(analysis: PageAnalysis, changes: ChangeSet): PageAnalysis {
  if (isEmptyChangeSet(changes)) return analysis
  const articles = applyList('article', analysis.articles, changes)
  const trash = applyList('deleted-article', analysis.deletedArticles ?? [], changes)
  const repairs = applyList('repair', analysis.repairs, changes)
  return {
    ...analysis,
    articles: articles as Article[],
    repairs: repairs as Repair[],
    ...(analysis.deletedArticles !== undefined || trash.length > 0 ? { deletedArticles: trash as Article[] } : {})
  }
}
