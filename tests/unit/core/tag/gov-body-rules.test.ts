import { describe, expect, it } from 'vitest'
import type { TaggedWord } from '../../../../src/core/model/ports'
import { govBodyCandidates } from '../../../../src/core/tag/rules/gov-body-rules'

// Hand-segmented words (the rule only needs word boundaries and POS tags).
const words = (...pairs: string[]): TaggedWord[] => pairs.map((p) => { const [word, tag] = p.split('/'); return { word: word!, tag: tag! } })
const spans = (text: string, found: ReadonlyArray<{ start: number; end: number }>): string[] => found.map((f) => text.slice(f.start, f.end))
const place = (text: string, name: string, from = 0) => { const start = text.indexOf(name, from); return { start, end: start + name.length } }

describe('government bodies', () => {
  it('joins a place and the body after it, with 中共 and a department of the body', () => {
    const text = '中共苏州市委决定，扬州市政府办公室发文，海门县委宣传部到会'
    const ws = words('中共/j', '苏州/ns', '市委/n', '决定/v', '，/x', '扬州/ns', '市政府/n', '办公室/n', '发文/v', '，/x', '海门/ns', '县委/n', '宣传部/n', '到会/v')
    const found = govBodyCandidates(text, ws, [place(text, '苏州'), place(text, '扬州'), place(text, '海门')], { bare: false })
    expect(spans(text, found)).toEqual(['中共苏州市委', '扬州市政府办公室', '海门县委宣传部'])
    expect(found.every((f) => f.type === 'ORG' && f.signal === 'rule')).toBe(true)
  })

  it('joins a place ending in its level (平湖市) and 委 or 政府', () => {
    const text = '平湖市委和嘉善县政府'
    const ws = words('平湖市/ns', '委/n', '和/c', '嘉善县/ns', '政府/n')
    expect(spans(text, govBodyCandidates(text, ws, [place(text, '平湖市'), place(text, '嘉善县')], { bare: false }))).toEqual(['平湖市委', '嘉善县政府'])
  })

  it('tags bare bodies that stand on their own, with their study group, only when asked', () => {
    const text = '县政府同银行签约。主持召开县委理论学习中心组会议'
    const ws = words('县政府/n', '同/p', '银行/n', '签约/v', '。/x', '主持/v', '召开/v', '县委/n', '理论/n', '学习/v', '中心组/n', '会议/n')
    expect(spans(text, govBodyCandidates(text, ws, [], { bare: true }))).toEqual(['县政府', '县委理论学习中心组'])
    expect(govBodyCandidates(text, ws, [], { bare: false })).toEqual([])
  })

  it('leaves generic bodies, job titles and the tail of a longer word alone', () => {
    const text = '各市委要落实。县委书记到场，澳门特区政府表示'
    const ws = words('各/r', '市委/n', '要/v', '落实/v', '。/x', '县委书记/n', '到场/v', '，/x', '澳门/ns', '特区/n', '政府/n', '表示/v')
    expect(govBodyCandidates(text, ws, [], { bare: true })).toEqual([])
  })
})
