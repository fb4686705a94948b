import { describe, expect, it } from 'vitest'
import { trailingGroupOpen } from '../../../../src/core/text/chars'

describe('trailingGroupOpen', () => {
  it('finds the bracket that opens the group closing the line, across widths and nesting', () => {
    expect(trailingGroupOpen('会议结束。（王琤）')).toBe(5)
    expect(trailingGroupOpen('会议结束。(王琤)')).toBe(5)
    expect(trailingGroupOpen('图为现场。（记者（实习）摄）')).toBe(5)
    expect(trailingGroupOpen('（全文完）')).toBe(0)
  })

  it('returns -1 when the line does not end in a balanced group', () => {
    expect(trailingGroupOpen('会议结束。')).toBe(-1)
    expect(trailingGroupOpen('未闭合）')).toBe(-1)
    expect(trailingGroupOpen('')).toBe(-1)
  })
})
