import { describe, expect, it } from 'vitest'
import { createLexicon, findLexiconMatches, lexiconToJson, loadLexicon, mergeLexicons } from '../../../../src/core/tag/lexicon'

describe('lexicon', () => {
  it('loads names and non-names from a JSON value and finds the longest match', () => {
    const result = loadLexicon({ names: [{ text: '南京银行', type: 'ORG' }, { text: '南京银行常州分行', type: 'ORG' }, { text: '南京', type: 'PLACE' }], nonNames: ['两湖'] })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const text = '南京银行常州分行在两湖'
    const matches = findLexiconMatches(result.lexicon, text)
    expect(matches.map((m) => [text.slice(m.start, m.end), m.type])).toEqual([['南京银行常州分行', 'ORG'], ['两湖', null]])
  })

  it('rejects bad input with an actionable message', () => {
    const bad = loadLexicon({ names: [{ text: '张三', type: 'HUMAN' }] })
    expect(bad.ok).toBe(false)
    if (!bad.ok) {
      expect(bad.code).toBe('lexicon-invalid')
      expect(bad.message).toContain('PERSON')
    }
    expect(loadLexicon('names').ok).toBe(false)
    expect(loadLexicon({ nonNames: [3] }).ok).toBe(false)
  })

  it('lets a later lexicon (the editor) override an earlier one', () => {
    const builtIn = createLexicon([['乔俊杰', 'PERSON']], ['武进'])
    const editor = createLexicon([['武进', 'PLACE']], ['乔俊杰'])
    const merged = mergeLexicons(builtIn, editor)
    expect(merged.names.get('武进')).toBe('PLACE')
    expect(merged.nonNames.has('乔俊杰')).toBe(true)
    expect(merged.names.has('乔俊杰')).toBe(false)
    const again = loadLexicon(lexiconToJson(merged))
    expect(again.ok && again.lexicon.names.get('武进')).toBe('PLACE')
  })
})
