import { describe, expect, it } from 'vitest'
import { parseByline } from '../../../../src/core/edit/byline'
import { deriveRanges, deriveSpan } from '../../../../src/core/text/derive'
import { rebaseSpan } from '../../../../src/core/edit/rebase'
import type { Repair } from '../../../../src/shared/model/analysis'

function repair(source: string, id: string, before: string, after: string, applied = true): Repair {
  const at = source.indexOf(before)
  return { id, kind: 'k', sourceStart: at, sourceEnd: at + before.length, before, after, applied }
}

describe('deriveRanges', () => {
  const source = 'ab推\n进cd\r\nef'
  const lines = [
    { sourceStart: 0, sourceEnd: 3 },
    { sourceStart: 4, sourceEnd: 7 },
    { sourceStart: 9, sourceEnd: 11 }
  ]

  it('joins lines with the separator; a repair across the break bridges them', () => {
    expect(deriveRanges(source, [], lines, '\n').text).toBe('ab推\n进cd\nef')
    expect(deriveRanges(source, [repair(source, 'j', '推\n进', '推进')], lines, '\n').text).toBe('ab推进cd\nef')
    expect(deriveRanges(source, [repair(source, 'j', '推\n进', '推进', false)], lines, '\n').text).toBe('ab推\n进cd\nef')
  })

  it('ignores a repair reaching outside what is derived', () => {
    const r = repair(source, 'j', '推\n进', '推进')
    expect(deriveRanges(source, [r], lines.slice(0, 1), '\n').text).toBe('ab推')
    expect(deriveSpan(source, [r], 3, 6)).toBe('\n进c')
  })

  it('maps pieces back to the source', () => {
    const derived = deriveRanges(source, [repair(source, 'w', 'cd', 'CD')], lines, '\n')
    expect(derived.pieces.map((p) => [p.kind, p.derivedStart, p.sourceStart, p.sourceEnd])).toEqual([
      ['source', 0, 0, 3],
      ['break', 3, 4, 4],
      ['source', 4, 4, 5],
      ['repair', 5, 5, 7],
      ['break', 7, 9, 9],
      ['source', 8, 9, 11]
    ])
  })
})

describe('rebaseSpan', () => {
  const span = { start: 10, end: 14 }
  it.each([
    ['an edit after the span', { start: 20, end: 22, insertedLength: 5 }, { status: 'unchanged', span }],
    ['an edit ending at the start', { start: 5, end: 10, insertedLength: 2 }, { status: 'shifted', span: { start: 7, end: 11 } }],
    ['a same-length edit before', { start: 1, end: 3, insertedLength: 2 }, { status: 'unchanged', span }],
    ['an edit inside', { start: 11, end: 12, insertedLength: 3 }, { status: 'resized', span: { start: 10, end: 16 } }],
    ['an insertion at the end', { start: 14, end: 14, insertedLength: 1 }, { status: 'resized', span: { start: 10, end: 15 } }],
    ['an insertion at the start', { start: 10, end: 10, insertedLength: 1 }, { status: 'resized', span: { start: 10, end: 15 } }],
    ['an edit across the start', { start: 8, end: 11, insertedLength: 1 }, { status: 'invalidated' }],
    ['an edit across the end', { start: 13, end: 16, insertedLength: 1 }, { status: 'invalidated' }],
    ['an edit around the span', { start: 9, end: 15, insertedLength: 1 }, { status: 'invalidated' }]
  ])('%s', (_name, edit, expected) => {
    expect(rebaseSpan(span, edit)).toEqual(expected)
  })
})

describe('parseByline', () => {
  it.each([
    ['本报记者 张三 李四', ['张三', '李四'], []],
    ['本报记者张三', ['张三'], []],
    ['记者 张三 摄影 王五', ['张三'], ['王五']],
    ['赵六 摄', [], ['赵六']],
    ['文/张三 图/李四', ['张三'], ['李四']],
    ['王五摄', [], ['王五']],
    ['By Jane Doe; photo: John Roe', ['Jane Doe'], ['John Roe']],
    ['By Jane Doe and Max Muster, photos by Ann Lee', ['Jane Doe', 'Max Muster'], ['Ann Lee']],
    ['新华社记者 张三 报道', ['张三'], []],
    ['本报记者 文静', ['文静'], []]
  ])('%s', (text, reporters, photographers) => {
    expect(parseByline(text)).toEqual({ reporters, photographers })
  })
})
