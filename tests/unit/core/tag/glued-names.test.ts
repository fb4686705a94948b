import { describe, expect, it } from 'vitest'
import type { TaggedWord } from '../../../../src/core/model/ports'
import type { Candidate } from '../../../../src/core/tag/candidate'
import { gluedNameFilter } from '../../../../src/core/tag/rules/glued-names'

const words = (...pairs: string[]): TaggedWord[] => pairs.map((p) => { const [word, tag] = p.split('/'); return { word: word!, tag: tag! } })
const person = (start: number, end: number, signal: Candidate['signal'] = 'model'): Candidate => ({ start, end, type: 'PERSON', confidence: 0.7, signal, priority: 1 })

describe('names glued to an unknown word', () => {
  it('drops a model name that is the tail of single characters jieba could not join', () => {
    // 岚悦星 (made up) inside the company name 朗岚悦星: 朗/n 岚/nr 悦/a 星/n.
    const text = '新建朗岚悦星电子工厂'
    const keep = gluedNameFilter(text, words('新建/v', '朗/n', '岚/nr', '悦/a', '星/n', '电子/n', '工厂/n'))
    expect(keep(person(3, 6))).toBe(false)
    // A rule's or an editor's name there is left to them.
    expect(keep(person(3, 6, 'rule'))).toBe(true)
  })

  it('keeps names that start with a surname or follow a verb, a particle or a name prefix', () => {
    const text = '会见王小明，的科尔曼，小扎耶德'
    const keep = gluedNameFilter(text, words('会见/v', '王小明/nr', '，/x', '的/uj', '科尔曼/nr', '，/x', '小/a', '扎耶德/nr'))
    expect(keep(person(2, 5))).toBe(true)
    expect(keep(person(7, 10))).toBe(true)
    expect(keep(person(12, 15))).toBe(true)
    // Glued after a one-character noun but starting with a surname: kept.
    const text2 = '镇张建国'
    expect(gluedNameFilter(text2, words('镇/n', '张建国/nr'))(person(1, 4))).toBe(true)
  })
})
