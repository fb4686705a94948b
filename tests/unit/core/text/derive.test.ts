import { describe, expect, it } from 'vitest'
import { deriveRanges } from '../../../../src/core/text/derive'
import type { Repair } from '../../../../src/shared/model/analysis'

function repair(source: string, before: string, after: string, from = 0): Repair {
  const at = source.indexOf(before, from)
  return { id: `r@${at}`, kind: 'k', sourceStart: at, sourceEnd: at + before.length, before, after, applied: true }
}

function range(source: string, text: string): { sourceStart: number; sourceEnd: number } {
  const at = source.indexOf(text)
  return { sourceStart: at, sourceEnd: at + text.length }
}

describe('deriveRanges between two ranges', () => {
  it('does not join them through a repair on other text between them (a byline ending in ":")', () => {
    // Body "江南", then a dateline + byline "…报道:" whose ":" is typeset full-width, then body.
    const source = '江南\n\n本报讯记者张小明报道:岁末年初,各地干部走进工厂。'
    const repairs = [repair(source, ':', '：'), repair(source, ',', '，')]
    const body = [range(source, '江南'), range(source, '岁末年初,各地干部走进工厂。')]
    expect(deriveRanges(source, repairs, body, '\n').text).toBe('江南\n岁末年初，各地干部走进工厂。')
  })

  it('does not join them through a repair opening the other text (a credit "(…)" before a caption)', () => {
    const source = '灯会今晚开幕。\n(王小红)\n\n图片:\n市民合影。'
    const repairs = [repair(source, '(', '（'), repair(source, ')', '）'), repair(source, ':', '：')]
    const body = [range(source, '灯会今晚开幕。'), range(source, '图片:'), range(source, '市民合影。')]
    expect(deriveRanges(source, repairs, body, '\n').text).toBe('灯会今晚开幕。\n图片：\n市民合影。')
  })

  it('still joins them through a repair when only a line break lies between them', () => {
    const cut = '小镇推\n\n进改革'
    expect(deriveRanges(cut, [repair(cut, '推\n\n进', '推进')], [range(cut, '小镇推'), range(cut, '进改革')], '\n').text).toBe('小镇推进改革')
    // A join starting in the gap (the last character had its own width repair).
    const gap = '等等:\n\n后来'
    const repairs = [repair(gap, ':', '：'), repair(gap, '\n\n后', '后')]
    expect(deriveRanges(gap, repairs, [range(gap, '等等:'), range(gap, '后来')], '\n').text).toBe('等等：后来')
  })
})
