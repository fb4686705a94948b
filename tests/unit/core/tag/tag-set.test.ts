import { describe, expect, it } from 'vitest'
import { LABEL_O, allowedTransition, labelId, labelsToSpans, POSITION, spansToLabels } from '../../../../src/core/tag/tag-set'

describe('BIOES labels', () => {
  it('round-trips spans of one and several characters', () => {
    const spans = [{ start: 1, end: 2, typeIndex: 0 }, { start: 3, end: 7, typeIndex: 2 }]
    const labels = spansToLabels(8, spans)
    expect(labels[1]).toBe(labelId(0, POSITION.S))
    expect(labels[3]).toBe(labelId(2, POSITION.B))
    expect(labels[6]).toBe(labelId(2, POSITION.E))
    expect(labelsToSpans(labels)).toEqual(spans)
  })

  it('drops an overlapping span instead of corrupting the first', () => {
    const labels = spansToLabels(6, [{ start: 0, end: 3, typeIndex: 1 }, { start: 2, end: 5, typeIndex: 0 }])
    expect(labelsToSpans(labels)).toEqual([{ start: 0, end: 3, typeIndex: 1 }])
  })

  it('forbids ill-formed transitions (O→I, B-PERSON→E-PLACE) and allows well-formed ones', () => {
    expect(allowedTransition(LABEL_O, labelId(0, POSITION.I))).toBe(false)
    expect(allowedTransition(labelId(0, POSITION.B), labelId(1, POSITION.E))).toBe(false)
    expect(allowedTransition(labelId(0, POSITION.B), labelId(0, POSITION.E))).toBe(true)
    expect(allowedTransition(labelId(0, POSITION.E), labelId(3, POSITION.S))).toBe(true)
  })
})
