import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { NormalisedText } from '../../../../src/core/model/ports'
import { normalise } from '../../../../src/core/text/normalise'

const fixture = (name: string): string => readFileSync(join(__dirname, '../../../fixtures/pages', name), 'utf8')
const samplePage = (): string => readFileSync(join(__dirname, '../../../../resources/samples/wujin-2024-sample.txt'), 'utf8')

/** Every derived character comes from its mapped source character, or from a repair covering it. */
function expectMapConsistent(n: NormalisedText): void {
  expect(n.toSource.length).toBe(n.text.length + 1)
  expect(n.toSource[n.text.length]).toBe(n.source.length)
  for (let i = 0; i < n.text.length; i++) {
    const s = n.toSource[i] as number
    expect(s).toBeGreaterThanOrEqual(0)
    expect(s).toBeLessThan(n.source.length)
    if (i > 0) expect(s).toBeGreaterThanOrEqual(n.toSource[i - 1] as number)
    const c = n.text[i]
    if (c === '\n' || c === n.source[s]) continue
    const covering = n.repairs.find((r) => r.sourceStart <= s && s < r.sourceEnd)
    expect(covering, `derived ${i} (${c}) is neither its source character nor repaired`).toBeDefined()
  }
}

describe('normalise: the sample page', () => {
  const n = normalise(samplePage())
  const breaks = n.repairs.filter((r) => r.kind === 'column-break')

  it('makes all seven column-break repairs, each quoting the source', () => {
    expect(breaks).toHaveLength(7)
    for (const r of n.repairs) expect(n.source.slice(r.sourceStart, r.sourceEnd)).toBe(r.before)
    expect(breaks.map((r) => `${r.before}→${r.after}`)).toEqual([
      '推\n\n进→推进',
      '界\n\n把→界把',
      '设\n\n新→设新',
      '重\n\n大→重大',
      '、\n\n居→、居',
      '推\n\n动→推动',
      '好\n\n好→好'
    ])
  })

  it('joins the cut sentences and removes the doubled 好 (良好好的 → 良好的)', () => {
    expect(n.text).toContain('推进中国式现代化')
    expect(n.text).toContain('社会各界把思想和行动')
    expect(n.text).toContain('营造良好的氛围。')
    expect(n.text).not.toContain('良好好的')
  })

  it('typesets ASCII punctuation in Chinese text full-width and keeps 5.5亿元 and 95X', () => {
    expect(n.text).toContain('本报讯（记者 黄雅婷）昨天上午，市委常委')
    expect(n.text).toContain('5.5亿元')
    expect(n.text).toContain('资产支持商业票据（ABCP）主承销协议')
    expect(n.repairs.filter((r) => r.kind === 'punct-width').every((r) => r.before.length === 1 && r.after.length === 1)).toBe(true)
  })

  it('keeps paragraphs apart with one "\\n" and leaves a title set over two lines on two lines', () => {
    expect(n.text.startsWith('区委理论学习中心组（扩大）学习会召开\n学习宣传贯彻全会精神\n')).toBe(true)
    expect(n.text).toContain('\n重点项目\n进行时\n眼下')
    expect(n.text).not.toContain('\n\n')
  })

  it('maps every derived offset back to the source', () => {
    expectMapConsistent(n)
    const at = n.text.indexOf('乔俊杰')
    expect(n.source.slice(n.toSource[at], (n.toSource[at + 2] as number) + 1)).toBe('乔俊杰')
  })

  it('gives repairs ids from their kind and source offset, the same on every run', () => {
    expect(normalise(samplePage()).repairs.map((r) => r.id)).toEqual(n.repairs.map((r) => r.id))
    expect(new Set(n.repairs.map((r) => r.id)).size).toBe(n.repairs.length)
    expect(n.repairs.every((r) => r.applied)).toBe(true)
  })
})

describe('normalise: bad and unusual input', () => {
  it('returns an empty derived text for empty and blank input', () => {
    for (const source of ['', '\n\n', ' \r\n\t\u3000\n', '\ufeff']) {
      const n = normalise(source)
      expect(n.text).toBe('')
      expect(n.repairs).toEqual([])
      expect(Array.from(n.toSource)).toEqual([source.length])
    }
  })

  it('treats CRLF like LF: the same derived text, repairs quoting the CRLF source', () => {
    const lf = normalise(fixture('mini-page.txt'))
    const crlf = normalise(fixture('mini-page-crlf.txt'))
    expect(crlf.text).toBe(lf.text)
    expect(crlf.repairs.map((r) => r.after)).toEqual(lf.repairs.map((r) => r.after))
    const cut = crlf.repairs.find((r) => r.kind === 'column-break')
    expect(cut?.before).toBe('推\r\n\r\n进')
    expectMapConsistent(crlf)
  })

  it('keeps astral characters (emoji, rare CJK) whole, including across a column break', () => {
    const n = normalise(fixture('astral-page.txt'))
    expect(n.text).toContain('春节联欢晚会在京举行😀')
    expect(n.text).toContain('掌声，𠮷祥如意')
    // The comma before the break changes width, so it has its own repair and the join quotes
    // only the characters it keeps.
    const cut = n.repairs.find((r) => r.kind === 'column-break')
    expect(cut?.before).toBe('\n\n𠮷')
    expect(cut?.after).toBe('𠮷')
    expect(n.repairs.find((r) => r.sourceEnd === cut?.sourceStart)).toMatchObject({ kind: 'punct-width', before: ',', after: '，' })
    expectMapConsistent(n)
    // No surrogate is split by a repair boundary.
    for (const r of n.repairs) {
      const first = n.source.charCodeAt(r.sourceStart)
      expect(first >= 0xdc00 && first <= 0xdfff).toBe(false)
    }
  })

  it('leaves Traditional Chinese alone apart from punctuation width', () => {
    const n = normalise(fixture('traditional-page.txt'))
    expect(n.text).toContain('本報訊（記者 張可馨）昨天下午，武進區')
    expectMapConsistent(n)
  })

  it('joins English lines wrapped mid-sentence with a space and keeps ASCII punctuation', () => {
    const n = normalise(fixture('no-chinese-page.txt'))
    expect(n.text).toContain('road repairs and school funding. The mayor')
    expect(n.text).toContain('on Monday, after')
    expect(n.repairs.filter((r) => r.kind === 'punct-width')).toEqual([])
    expectMapConsistent(n)
  })

  it('handles one endless line without line breaks', () => {
    const line = '本报讯,这是一段没有换行的很长的文字。'.repeat(20_000)
    const n = normalise(line)
    expect(n.text.length).toBe(line.length)
    expect(n.repairs.every((r) => r.kind === 'punct-width')).toBe(true)
    expect(n.toSource[n.text.length]).toBe(line.length)
  })

  it('normalises a 20 MB page', () => {
    const page = samplePage()
    const big = page.repeat(Math.ceil((20 * 1024 * 1024) / 2 / page.length))
    const n = normalise(big)
    expect(n.repairs.filter((r) => r.kind === 'column-break').length).toBeGreaterThan(7 * 1000)
    expect(n.toSource[n.text.length]).toBe(big.length)
    const last = n.repairs[n.repairs.length - 1]
    expect(big.slice(last?.sourceStart, last?.sourceEnd)).toBe(last?.before)
  })

  it('does not join a credit, a dateline line or a headline to the next line', () => {
    const source = '图为项目航拍。(新华社记者王五摄)\n\n城南公园新景\n\n游客在城南公园观赏灯展。'
    expect(normalise(source).repairs.filter((r) => r.kind !== 'punct-width')).toEqual([])
  })

  it('does not remove a reduplicated character across a break (天天, 常常)', () => {
    const n = normalise('我们要努力学习,坚持锻炼,每一个人都要天\n\n天向上,好好生活。')
    expect(n.text).toContain('天天向上')
  })
})
