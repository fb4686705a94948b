import type { RevisionPolicy } from './settings-file'

/** A stored revision as the pruning policy sees it. */
export interface RevisionStamp {
  readonly id: string
  /** ISO time the revision's content was saved. */
  readonly savedAt: string
}

/**
 * Chooses which revisions to keep: the newest `keepLast`, plus the newest revision of each of
 * the last `keepDailyForDays` UTC days before `now`. Returns the ids to delete.
 */
export function revisionsToPrune(revisions: readonly RevisionStamp[], policy: RevisionPolicy, now: Date): string[] {
  const newestFirst = [...revisions].sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0))
  const keep = new Set(newestFirst.slice(0, policy.keepLast).map((revision) => revision.id))
  const oldestDay = new Date(now.getTime() - policy.keepDailyForDays * 86_400_000).toISOString().slice(0, 10)
  const daysSeen = new Set<string>()
  for (const revision of newestFirst) {
    const day = revision.savedAt.slice(0, 10)
    if (day <= oldestDay || daysSeen.has(day)) continue
    daysSeen.add(day)
    keep.add(revision.id)
  }
  return newestFirst.filter((revision) => !keep.has(revision.id)).map((revision) => revision.id)
}
