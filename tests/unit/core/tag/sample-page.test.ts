import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Jieba } from '@node-rs/jieba'
import { dict } from '@node-rs/jieba/dict'
import { beforeAll, describe, expect, it } from 'vitest'
import { deserialiseModel } from '../../../../src/core/learn/model-format'
import type { DerivedEntity } from '../../../../src/core/model/ports'
import { loadLexicon } from '../../../../src/core/tag/lexicon'
import { createEntityRecognizer } from '../../../../src/core/tag/recognizer'
import { normalise } from '../../../../src/core/text'

// The shipped model and built-in lexicon on the bundled sample page (all inside the repository).
const repo = (path: string): string => fileURLToPath(new URL(`../../../../${path}`, import.meta.url))

let text = ''
let found: DerivedEntity[] = []
const of = (type: string): string[] => found.filter((e) => e.type === type).map((e) => text.slice(e.start, e.end))

beforeAll(() => {
  const model = deserialiseModel(readFileSync(repo('resources/models/tagger/tagger.bin')))
  const lexicon = loadLexicon(JSON.parse(readFileSync(repo('resources/models/builtin-lexicon.json'), 'utf8')) as unknown)
  if (!model.ok || !lexicon.ok) throw new Error('shipped model or lexicon does not load')
  const recognizer = createEntityRecognizer({ model: model.bundle.model, gazetteer: model.bundle.gazetteer, builtInLexicon: lexicon.lexicon })
  text = normalise(readFileSync(repo('resources/samples/wujin-2024-sample.txt'), 'utf8')).text
  const jieba = Jieba.withDict(dict)
  found = recognizer.recognize(text, jieba.tag(text))
})

describe('the shipped tagger on the sample page', () => {
  it('finds the reporters, the photographer and the officials as people', () => {
    const people = new Set(of('PERSON'))
    for (const name of ['黄雅婷', '张可馨', '朱梦琪', '徐晶玮', '乔俊杰', '恽淇丞', '石伟东', '郑政平', '吴震宇', '赵钢', '李卫平', '陈晓江', '孙益锋', '徐俊']) {
      expect(people, name).toContain(name)
    }
  })

  it('tags no common word as a person', () => {
    for (const word of ['惠民生', '全周期', '现代化', '全链条']) expect(of('PERSON')).not.toContain(word)
  })

  it('finds organisations, places, times, quantities, titles and meetings', () => {
    expect(of('ORG')).toEqual(expect.arrayContaining(['南京银行', '南京银行常州分行', '武进区人民政府', '苏澳融资租赁（江苏）有限公司', '伟驰集团党委']))
    expect(of('PLACE')).toEqual(expect.arrayContaining(['武进', '长三角', '太湖']))
    expect(of('TIME')).toEqual(expect.arrayContaining(['昨天上午', '昨天下午']))
    expect(of('QUANTITY')).toEqual(expect.arrayContaining(['40亩', '5.5亿元', '2.8万平方米', '35项']))
    expect(of('WORK')).toEqual(['中华人民共和国农村集体经济组织法', '武进区推进长三角一体化发展2024年工作要点'])
    expect(of('EVENT')).toContain('党的二十届三中全会')
  })

  it('emits nothing nested inside a title or a meeting: one entity per span', () => {
    for (const box of found.filter((e) => e.type === 'WORK' || e.type === 'EVENT')) {
      expect(found.filter((e) => e !== box && e.start < box.end && e.end > box.start).map((e) => text.slice(e.start, e.end))).toEqual([])
    }
    expect(of('PLACE')).not.toContain('中华人民共和国')
    expect(of('PLACE')).not.toContain('武进区')
    expect(of('TIME')).not.toContain('2024年')
  })

  it('does not read the tail of the company name 纵慧芯光 as a person', () => {
    expect(of('PERSON').filter((p) => '纵慧芯光'.includes(p))).toEqual([])
  })

  it('tags the district bodies written short, and the meeting with the body that holds it', () => {
    expect(of('ORG')).toEqual(expect.arrayContaining(['区委理论学习中心组', '区政府', '常州西太湖党工委']))
    expect(of('ORG').filter((o) => o === '区委理论学习中心组')).toHaveLength(3)
    expect(of('EVENT')).toContain('区政府第31次常务会议')
    expect(of('EVENT')).not.toContain('第31次常务会议')
  })

  it('gives every entity a confidence in (0, 1] and its signal', () => {
    for (const e of found) {
      expect(e.confidence).toBeGreaterThan(0)
      expect(e.confidence).toBeLessThanOrEqual(1)
      expect(['model', 'rule', 'lexicon']).toContain(e.signal)
    }
  })
})
