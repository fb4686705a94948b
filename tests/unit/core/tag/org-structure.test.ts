import { describe, expect, it } from 'vitest'
import { orgStructureCandidates } from '../../../../src/core/tag/rules/org-structure'

describe('organisation structure', () => {
  it('joins a place to the organisation right after it, and nothing else', () => {
    // 秘鲁外交部 (place + ministry), 智利 参议院 (a gap: not joined), 秘鲁 + 利马 (place + place).
    const text = '秘鲁外交部与智利 参议院，秘鲁利马'
    const span = (name: string, type: string, from = 0) => { const start = text.indexOf(name, from); return { start, end: start + name.length, type } }
    const found = orgStructureCandidates([span('秘鲁', 'PLACE'), span('外交部', 'ORG'), span('智利', 'PLACE'), span('参议院', 'ORG'), span('秘鲁', 'PLACE', 10), span('利马', 'PLACE')])
    expect(found.map((c) => `${c.type}:${text.slice(c.start, c.end)}:${c.signal}`)).toEqual(['ORG:秘鲁外交部:rule'])
  })
})
