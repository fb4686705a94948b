import { describe, expect, it } from 'vitest'
import { PRIORITY, type Candidate } from '../../../../src/core/tag/candidate'
import { combineCandidates } from '../../../../src/core/tag/combine'

const c = (start: number, end: number, type: Candidate['type'], priority: number, confidence = 0.8): Candidate =>
  ({ start, end, type, priority, confidence, signal: priority === PRIORITY.lexicon ? 'lexicon' : priority === PRIORITY.model ? 'model' : 'rule' })

describe('combineCandidates', () => {
  it('keeps the higher-priority signal where flat candidates overlap', () => {
    const out = combineCandidates([c(0, 3, 'PERSON', PRIORITY.model, 0.9), c(0, 2, 'PERSON', PRIORITY.rule)], 10, () => false)
    expect(out).toEqual([{ start: 0, end: 2, type: 'PERSON', confidence: 0.8, signal: 'rule' }])
  })

  it('lets a WORK title swallow a place inside it but not cut through one', () => {
    const out = combineCandidates([c(1, 9, 'WORK', PRIORITY.rule), c(2, 4, 'PLACE', PRIORITY.model), c(8, 11, 'ORG', PRIORITY.model)], 12, () => false)
    // The place is part of the title's name: one entity per span, not two overlapping ones.
    expect(out.map((e) => `${e.type}:${e.start}`)).toEqual(['WORK:1'])
    // An editor's lexicon entry crossing the title's edge wins and the title gives way.
    const crossed = combineCandidates([c(1, 9, 'WORK', PRIORITY.rule), c(8, 11, 'ORG', PRIORITY.lexicon)], 12, () => false)
    expect(crossed.map((e) => e.type)).toEqual(['ORG'])
  })

  it('emits nothing inside an EVENT or WORK, even a name the same length as the title', () => {
    const out = combineCandidates([
      c(0, 10, 'EVENT', PRIORITY.rule), c(0, 3, 'ORG', PRIORITY.rule), c(5, 7, 'TIME', PRIORITY.model),
      c(12, 16, 'WORK', PRIORITY.rule), c(12, 16, 'ORG', PRIORITY.model), c(17, 19, 'PLACE', PRIORITY.model)
    ], 20, () => false)
    expect(out.map((e) => `${e.type}:${e.start}-${e.end}`)).toEqual(['EVENT:0-10', 'WORK:12-16', 'PLACE:17-19'])
  })

  it('drops known non-names unless the lexicon itself proposes them', () => {
    const out = combineCandidates([c(0, 2, 'PLACE', PRIORITY.model), c(3, 5, 'PERSON', PRIORITY.lexicon)], 6, () => true)
    expect(out.map((e) => e.signal)).toEqual(['lexicon'])
  })
})
