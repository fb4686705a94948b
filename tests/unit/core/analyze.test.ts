import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyzePage, analyzePageDetailed, EMPTY_RECOGNIZER } from '../../../src/core/analyze'
import type { DerivedEntity, EntityRecognizer, WordTagger } from '../../../src/core/model/ports'
import { pageAnalysisSchema } from '../../../src/shared/model/analysis'

const samplePage = (): string => readFileSync(join(__dirname, '../../../resources/samples/wujin-2024-sample.txt'), 'utf8')

/** Finds the given surface strings in the derived text and reports them as entities. */
function findingRecognizer(found: readonly [string, DerivedEntity['type']][]): EntityRecognizer {
  return {
    recognize(text) {
      const out: DerivedEntity[] = []
      for (const [surface, type] of found) {
        for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
          out.push({ type, start: at, end: at + surface.length, confidence: 0.8, signal: 'model' })
        }
      }
      return out
    }
  }
}

describe('analyzePage', () => {
  it('tags words once over the whole derived text', () => {
    const calls: string[] = []
    const tagger: WordTagger = (text) => {
      calls.push(text)
      return []
    }
    const { normalised } = analyzePageDetailed(samplePage(), { wordTagger: tagger, recognizer: EMPTY_RECOGNIZER })
    expect(calls).toEqual([normalised.text])
  })

  it('produces a valid analysis of the sample page with stable ids', () => {
    const deps = { wordTagger: () => [], recognizer: findingRecognizer([['乔俊杰', 'PERSON']]) }
    const a = analyzePage(samplePage(), deps)
    expect(pageAnalysisSchema.safeParse(a).success).toBe(true)
    expect(a.articles).toHaveLength(4)
    expect(analyzePage(samplePage(), deps)).toEqual(a)
    expect(a.articles.every((x) => x.review === 'auto')).toBe(true)
  })

  it('maps an entity cut by a column break to a source range covering the break', () => {
    const source = samplePage()
    const a = analyzePage(source, { wordTagger: () => [], recognizer: findingRecognizer([['推进中国式现代化', 'OTHER'], ['良好的氛围', 'OTHER']]) })
    const cut = a.articles[0]?.entities.find((e) => e.text === '推进中国式现代化')
    expect(cut).toBeDefined()
    expect(source.slice(cut?.sourceStart, cut?.sourceEnd)).toBe('推\n\n进中国式现代化')
    const doubled = a.articles[2]?.entities.find((e) => e.text === '良好的氛围')
    expect(source.slice(doubled?.sourceStart, doubled?.sourceEnd)).toBe('良好\n\n好的氛围')
  })

  it('attaches each entity to the article containing it', () => {
    const a = analyzePage(samplePage(), { wordTagger: () => [], recognizer: findingRecognizer([['陈晓江', 'PERSON'], ['徐晶玮', 'PERSON']]) })
    expect(a.articles.map((x) => x.entities.map((e) => e.text))).toEqual([[], ['陈晓江', '陈晓江'], [], ['徐晶玮']])
    const [first] = a.articles[1]?.entities ?? []
    expect(first?.id).toBe(`PERSON@${first?.sourceStart}-${first?.sourceEnd}`)
  })

  it('drops entity spans that are empty, out of range or cross paragraphs', () => {
    const recognizer: EntityRecognizer = {
      recognize: (text) => [
        { type: 'PERSON', start: 5, end: 5, confidence: 1, signal: 'model' },
        { type: 'PERSON', start: -1, end: 3, confidence: 1, signal: 'model' },
        { type: 'PERSON', start: text.length - 2, end: text.length + 5, confidence: 1, signal: 'model' },
        { type: 'PLACE', start: text.indexOf('召开') , end: text.indexOf('召开') + 4, confidence: 2, signal: 'rule' }
      ]
    }
    const a = analyzePage(samplePage(), { wordTagger: () => [], recognizer })
    expect(a.articles.flatMap((x) => x.entities)).toEqual([])
  })

  it('splits run-together reporter names with the recognised person names inside the credit', () => {
    const source = '全区冬季农田水利建设全面展开\n\n本报记者李济国贾建舟王芳\n\n冬日的田野上，处处是忙碌的身影。'
    const a = analyzePage(source, { wordTagger: () => [], recognizer: findingRecognizer([['李济国', 'PERSON'], ['贾建舟', 'PERSON'], ['王芳', 'PERSON']]) })
    expect(a.articles[0]?.reporters).toEqual(['李济国', '贾建舟', '王芳'])
  })

  it('returns an empty analysis for an empty page', () => {
    expect(analyzePage('', { wordTagger: () => [], recognizer: EMPTY_RECOGNIZER })).toEqual({ articles: [], repairs: [] })
  })
})
