import { describe, expect, it } from 'vitest'
import type { TaggedWord } from '../../../../src/core/model/ports'
import { orgStructureCandidates, splitOrgLists } from '../../../../src/core/tag/rules/org-structure'

describe('organisation structure', () => {
  it('joins a place to the organisation right after it, and nothing else', () => {
    // 秘鲁外交部 (place + ministry), 智利 参议院 (a gap: not joined), 秘鲁 + 利马 (place + place).
    const text = '秘鲁外交部与智利 参议院，秘鲁利马'
    const span = (name: string, type: string, from = 0) => { const start = text.indexOf(name, from); return { start, end: start + name.length, type } }
    const found = orgStructureCandidates([span('秘鲁', 'PLACE'), span('外交部', 'ORG'), span('智利', 'PLACE'), span('参议院', 'ORG'), span('秘鲁', 'PLACE', 10), span('利马', 'PLACE')])
    expect(found.map((c) => `${c.type}:${text.slice(c.start, c.end)}:${c.signal}`)).toEqual(['ORG:秘鲁外交部:rule'])
  })
})

const words = (...pairs: string[]): TaggedWord[] => pairs.map((p) => { const [word, tag] = p.split('/'); return { word: word!, tag: tag! } })
const org = (start: number, end: number, signal = 'model') => ({ start, end, type: 'ORG', signal })

describe('organisations listed without separators', () => {
  it('splits a long model ORG where an organisation ends and a place begins, at two or more points', () => {
    const text = '杭州市图书馆宁波市歌舞团温州市卫生局获奖'
    const ws = words('杭州市/ns', '图书馆/n', '宁波市/ns', '歌舞团/n', '温州市/ns', '卫生局/n', '获奖/v')
    const out = splitOrgLists(ws, [org(0, 18)])
    expect(out.map((c) => text.slice(c.start, c.end))).toEqual(['杭州市图书馆', '宁波市歌舞团', '温州市卫生局'])
  })

  it('keeps a branch of one organisation whole, and leaves rule and editor spans alone', () => {
    const text = '宁波银行温州分行，杭州市图书馆宁波市歌舞团温州市卫生局'
    const ws = words('宁波/ns', '银行/n', '温州/ns', '分行/n', '，/x', '杭州市/ns', '图书馆/n', '宁波市/ns', '歌舞团/n', '温州市/ns', '卫生局/n')
    const out = splitOrgLists(ws, [org(0, 8), org(9, 27, 'rule')])
    expect(out.map((c) => text.slice(c.start, c.end))).toEqual(['宁波银行温州分行', '杭州市图书馆宁波市歌舞团温州市卫生局'])
  })
})
