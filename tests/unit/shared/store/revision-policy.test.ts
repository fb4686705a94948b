import { describe, expect, it } from 'vitest'
import { revisionsToPrune } from '../../../../src/shared/store/revision-policy'

const policy = { keepLast: 50, keepDailyForDays: 30 }
const now = new Date('2026-11-26T12:00:00.000Z')

function revisionsEvery(hours: number, count: number): { id: string; savedAt: string }[] {
  return Array.from({ length: count }, (_, i) => {
    const savedAt = new Date(now.getTime() - i * hours * 3_600_000).toISOString()
    return { id: `r${i}`, savedAt }
  })
}

describe('revision pruning: last 50 plus one a day for 30 days', () => {
  it('keeps everything while there are 50 or fewer', () => {
    expect(revisionsToPrune(revisionsEvery(0.01, 50), policy, now)).toEqual([])
  })

  it('keeps the newest 50 of a busy day and deletes the rest', () => {
    const doomed = revisionsToPrune(revisionsEvery(0.01, 80), policy, now)
    expect(doomed).toHaveLength(30)
    expect(doomed).not.toContain('r0')
    expect(doomed).toContain('r79')
  })

  it('keeps the newest revision of each of the last 30 days beyond the newest 50', () => {
    // One revision every 2 hours for 60 days: 720 revisions.
    const revisions = revisionsEvery(2, 720)
    const doomed = new Set(revisionsToPrune(revisions, policy, now))
    const kept = revisions.filter((revision) => !doomed.has(revision.id))
    const days = new Set(kept.map((revision) => revision.savedAt.slice(0, 10)))
    // 50 newest cover ~4 days; the daily ones reach back 29 more whole days.
    expect(kept.length).toBeGreaterThanOrEqual(50 + 25)
    expect(kept.length).toBeLessThanOrEqual(50 + 30)
    expect([...days].sort()[0]! >= '2026-10-27').toBe(true)
    for (const day of days) {
      const newestOfDay = revisions.filter((revision) => revision.savedAt.startsWith(day))[0]
      expect(kept).toContainEqual(newestOfDay)
    }
  })
})
