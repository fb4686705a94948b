import { describe, expect, it } from 'vitest'
import { listPersonCandidates, personCandidates, withoutHonorific } from '../../../../src/core/tag/rules/person-rules'
import { quantityCandidates } from '../../../../src/core/tag/rules/quantity-rules'
import { timeCandidates } from '../../../../src/core/tag/rules/time-rules'
import { workEventCandidates } from '../../../../src/core/tag/rules/work-event-rules'
import { withHoldingBodies } from '../../../../src/core/tag/recognizer'

const texts = (text: string, spans: ReadonlyArray<{ start: number; end: number; type?: string }>): string[] =>
  spans.map((s) => `${s.type ?? ''}:${text.slice(s.start, s.end)}`)

describe('newspaper rules', () => {
  it('tags quantities with units, money, areas and percentages but not ordinals or counters in words', () => {
    const text = '项目规划用地40亩，总投资5.5亿元，新建用房约2.8万平方米，增长１２．５％，第31次会议，一个意识'
    expect(texts(text, quantityCandidates(text)).sort()).toEqual(['QUANTITY:１２．５％', 'QUANTITY:2.8万平方米', 'QUANTITY:40亩', 'QUANTITY:5.5亿元'].sort())
  })

  it('tags absolute and relative times', () => {
    const text = '2024年1月1日，昨天上午召开，会议进展顺利。１９９８年'
    expect(texts(text, timeCandidates(text))).toEqual(['TIME:2024年1月1日', 'TIME:１９９８年', 'TIME:昨天上午'])
  })

  it('leaves fiscal years, 十月革命 and words that merely contain a time word alone', () => {
    const text = '１９９８年度财政预算，十月革命，这个项目前期，探明天然气'
    expect(timeCandidates(text)).toEqual([])
  })

  it('tags 《》 titles as WORK and named meetings as EVENT', () => {
    const text = '学习了《中华人民共和国农村集体经济组织法》，贯彻党的二十届三中全会精神，区政府第31次常务会议召开'
    expect(texts(text, workEventCandidates(text))).toEqual(['WORK:中华人民共和国农村集体经济组织法', 'EVENT:党的二十届三中全会', 'EVENT:第31次常务会议'])
  })

  it('takes the body holding a numbered meeting into the EVENT', () => {
    const text = '县政府第12次常务会议召开'
    const body = { start: 0, end: 3, type: 'ORG' as const, confidence: 0.7, signal: 'rule' as const, priority: 2 }
    const events = withHoldingBodies(workEventCandidates(text), [body])
    expect(texts(text, events)).toEqual(['EVENT:第12次常务会议', 'EVENT:县政府第12次常务会议'])
    expect(events[1]!.confidence).toBeGreaterThan(events[0]!.confidence)
  })

  it('cuts an honorific or post off a model name, but not off a rule name or 夫人', () => {
    const text = '钱先生和吕大爷见到郑总理，卫夫人'
    const model = (start: number, end: number) => ({ start, end, type: 'PERSON' as const, confidence: 0.8, signal: 'model' as const, priority: 1 })
    const cut = [model(0, 3), model(4, 7), model(9, 12), model(13, 16)].map((c) => withoutHonorific(text, c))
    expect(texts(text, cut)).toEqual(['PERSON:钱', 'PERSON:吕', 'PERSON:郑', 'PERSON:卫夫人'])
    expect(withoutHonorific(text, { ...model(0, 3), signal: 'rule' }).end).toBe(3)
    // An honorific alone is no name to cut down to.
    expect(withoutHonorific('先生', model(0, 2)).end).toBe(2)
  })

  it('finds bylines, photo credits and title + name', () => {
    const text = '本报讯（记者 黄雅婷）昨天上午，区委书记乔俊杰主持会议。图为项目航拍。徐晶玮 摄\n（新华社记者兰红光摄）'
    expect(texts(text, personCandidates(text)).sort()).toEqual(['PERSON:乔俊杰', 'PERSON:兰红光', 'PERSON:徐晶玮', 'PERSON:黄雅婷'].sort())
  })

  it('extends a recognised person along a 、 list up to 等', () => {
    const text = '恽淇丞、石伟东、郑政平、赵钢等区领导参加'
    const person = (start: number, end: number) => ({ start, end, type: 'PERSON' as const, confidence: 0.9, signal: 'model' as const })
    expect(texts(text, listPersonCandidates(text, [person(4, 7), person(8, 11)])).sort()).toEqual(['PERSON:恽淇丞', 'PERSON:赵钢'].sort())
    // One person in a list of common nouns proves nothing about the others.
    const jobs = '清洁工、司机、王小明、保安'
    expect(listPersonCandidates(jobs, [person(7, 10)])).toEqual([])
  })
})
