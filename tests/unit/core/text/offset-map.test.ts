import { describe, expect, it } from 'vitest'
import { normalise } from '../../../../src/core/text/normalise'
import { toDerivedOffset, toDerivedSpan, toSourceSpan } from '../../../../src/core/text/offset-map'
import { rederive, setRepairApplied } from '../../../../src/core/text/rederive'

const source = '本报讯(记者 张三)会上,他说要推\n\n进改革,营造良好\n\n好的氛围。\n\n下一段。'

describe('offset map', () => {
  const n = normalise(source)

  it('maps a span across a joined column break to a source span covering the break', () => {
    const start = n.text.indexOf('推进')
    expect(toSourceSpan(n, start, start + 2)).toEqual({ sourceStart: source.indexOf('推'), sourceEnd: source.indexOf('进') + 1 })
    expect(source.slice(toSourceSpan(n, start, start + 2).sourceStart, toSourceSpan(n, start, start + 2).sourceEnd)).toBe('推\n\n进')
  })

  it('maps the character kept from a doubled pair to the first of the two', () => {
    const at = n.text.indexOf('良好的')
    const span = toSourceSpan(n, at, at + 3)
    expect(source.slice(span.sourceStart, span.sourceEnd)).toBe('良好\n\n好的')
  })

  it('maps full-width punctuation back to the ASCII mark it replaced', () => {
    const at = n.text.indexOf('（')
    expect(source.slice(toSourceSpan(n, at, at + 1).sourceStart, toSourceSpan(n, at, at + 1).sourceEnd)).toBe('(')
  })

  it('maps empty and out-of-range spans without throwing', () => {
    expect(toSourceSpan(n, 3, 3)).toEqual({ sourceStart: n.toSource[3], sourceEnd: n.toSource[3] })
    expect(toSourceSpan(n, -5, 10_000).sourceEnd).toBeLessThanOrEqual(source.length)
  })

  it('maps source offsets to derived offsets, landing removed text on the next kept character', () => {
    expect(toDerivedOffset(n, 0)).toBe(0)
    expect(n.text[toDerivedOffset(n, source.indexOf('进'))]).toBe('进')
    const span = toDerivedSpan(n, source.indexOf('下一段'), source.length)
    expect(n.text.slice(span.start, span.end)).toBe('下一段。')
  })
})

describe('reverting repairs', () => {
  const n = normalise(source)
  const cut = n.repairs.find((r) => r.before === '推\n\n进')
  const doubled = n.repairs.find((r) => r.before === '好\n\n好')

  it('re-derives the text with a reverted column break as a paragraph break again', () => {
    const reverted = setRepairApplied(n, cut?.id ?? '', false)
    expect(reverted.text).toContain('要推\n进改革')
    expect(reverted.repairs.find((r) => r.id === cut?.id)?.applied).toBe(false)
    // Re-applying restores the original derivation exactly.
    const again = setRepairApplied(reverted, cut?.id ?? '', true)
    expect(again.text).toBe(n.text)
    expect(Array.from(again.toSource)).toEqual(Array.from(n.toSource))
  })

  it('brings the doubled character back when its repair is reverted', () => {
    expect(setRepairApplied(n, doubled?.id ?? '', false).text).toContain('良好\n好的氛围')
  })

  it('reverts a punctuation repair alone', () => {
    const comma = n.repairs.find((r) => r.kind === 'punct-width' && r.before === ',')
    const reverted = setRepairApplied(n, comma?.id ?? '', false)
    expect(reverted.text.length).toBe(n.text.length)
    expect(reverted.text).toContain('会上,他说')
  })

  it('ignores repairs that no longer quote the source instead of corrupting the text', () => {
    const stale = n.repairs.map((r) => (r.id === cut?.id ? { ...r, before: 'XX' } : r))
    expect(rederive(source, stale).text).toContain('要推\n进改革')
  })
})
