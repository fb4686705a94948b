import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { segmentPage, type SegmentedArticle } from '../../../../src/core/segment/segment-page'
import { normalise } from '../../../../src/core/text/normalise'

const fixture = (name: string): string => readFileSync(join(__dirname, '../../../fixtures/pages', name), 'utf8')
const samplePage = (): string => readFileSync(join(__dirname, '../../../../resources/samples/wujin-2024-sample.txt'), 'utf8')

function quote(source: string, a: SegmentedArticle, role: string): string[] {
  return a.lines.filter((l) => l.role === role).map((l) => source.slice(l.sourceStart, l.sourceEnd))
}

describe('segmentPage: the sample page', () => {
  const source = samplePage()
  const articles = segmentPage(normalise(source))

  it('finds its four items: three news articles and the photo item, in reading order', () => {
    expect(articles.map((a) => a.kind)).toEqual(['news', 'news', 'news', 'photo'])
    for (let i = 1; i < articles.length; i++) expect(articles[i]?.sourceStart).toBeGreaterThanOrEqual(articles[i - 1]?.sourceEnd ?? 0)
  })

  it('reads the three-line headline block as the event headline and two subheadlines', () => {
    const first = articles[0]
    expect(first?.kicker).toBeNull()
    expect(first?.headline).toBe('区委理论学习中心组（扩大）学习会召开')
    expect(first?.subheadlines).toEqual(['学习宣传贯彻全会精神', '努力书写好中国式现代化武进答卷'])
    expect(articles[1]?.headline).toBe('区政府与南京银行达成战略合作')
    expect(articles[2]?.headline).toBe('区政府第31次常务会议召开')
  })

  it('joins the photo title set over two lines and credits its photographer', () => {
    const photo = articles[3]
    expect(photo?.headline).toBe('重点项目进行时')
    expect(photo?.photographers).toEqual(['徐晶玮'])
    expect(photo?.body.endsWith('图为项目航拍。徐晶玮 摄')).toBe(true)
  })

  it('reads the leads: dateline 本报讯 and the reporters 黄雅婷, 张可馨, 朱梦琪', () => {
    expect(articles.slice(0, 3).map((a) => a.dateline)).toEqual(['本报讯', '本报讯', '本报讯'])
    expect(articles.slice(0, 3).map((a) => a.reporters)).toEqual([['黄雅婷'], ['张可馨'], ['朱梦琪']])
    expect(quote(source, articles[0] as SegmentedArticle, 'dateline')).toEqual(['本报讯'])
    expect(quote(source, articles[0] as SegmentedArticle, 'byline')).toEqual(['(记者 黄雅婷)'])
  })

  it('runs each article from its first headline line to its last character', () => {
    expect(source.slice(articles[0]?.sourceStart, (articles[0]?.sourceStart ?? 0) + 9)).toBe('区委理论学习中心组')
    expect(source.slice(0, articles[0]?.sourceEnd).endsWith('指示批示精神。')).toBe(true)
    expect(articles[3]?.sourceEnd).toBe(source.length)
  })

  it('gives the repaired body paragraphs joined by "\\n", without the dateline', () => {
    const body = articles[2]?.body ?? ''
    expect(body.startsWith('昨天上午，区委副书记、区长恽淇丞')).toBe(true)
    expect(body).toContain('营造良好的氛围。\n会议听取了省安全生产巡查')
    expect(body.split('\n')).toHaveLength(6)
  })
})

describe('segmentPage: small pages', () => {
  it('finds a headline block with a subheadline, a headless brief and a photo item', () => {
    const articles = segmentPage(normalise(fixture('mini-page.txt')))
    expect(articles.map((a) => a.kind)).toEqual(['news', 'brief', 'photo'])
    expect(articles[0]).toMatchObject({ headline: '市政府召开常务会议', subheadlines: ['部署今冬明春重点工作'], reporters: ['张三'], dateline: '本报讯' })
    expect(articles[1]).toMatchObject({ headline: '', dateline: '新华社北京1月1日电', reporters: ['李四'] })
    expect(articles[2]).toMatchObject({ headline: '城南公园新景', photographers: ['王五'] })
  })

  it('segments a CRLF page exactly like its LF twin', () => {
    const lf = segmentPage(normalise(fixture('mini-page.txt')))
    const crlf = segmentPage(normalise(fixture('mini-page-crlf.txt')))
    expect(crlf.map((a) => [a.kind, a.headline, a.body])).toEqual(lf.map((a) => [a.kind, a.headline, a.body]))
  })

  it('reads Traditional Chinese leads and astral names', () => {
    expect(segmentPage(normalise(fixture('traditional-page.txt')))[0]).toMatchObject({ dateline: '本報訊', reporters: ['張可馨'] })
    expect(segmentPage(normalise(fixture('astral-page.txt')))[0]).toMatchObject({ headline: '春节联欢晚会在京举行😀', reporters: ['𠮷田花子'] })
  })

  it('splits a page with no Chinese at its headlines', () => {
    const articles = segmentPage(normalise(fixture('no-chinese-page.txt')))
    expect(articles.map((a) => a.headline)).toEqual(['City council approves new budget', 'Rain expected this weekend'])
  })

  it('returns no articles for an empty page and one for an endless line', () => {
    expect(segmentPage(normalise(''))).toEqual([])
    const line = '这是一段没有换行的很长的文字，'.repeat(10_000) + '完。'
    const articles = segmentPage(normalise(line))
    expect(articles).toHaveLength(1)
    expect(articles[0]?.sourceEnd).toBe(line.length)
  })
})
