import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { analyzePage, EMPTY_RECOGNIZER, type AnalyzeDeps } from '../../../../src/core/analyze'
import { deriveFields, validatePage } from '../../../../src/core/edit'
import type { DerivedEntity } from '../../../../src/core/model/ports'
import { createEngine } from '../../../../src/main/engine'
import type { PageAnalysis } from '../../../../src/shared/model/analysis'

// What the engine hands the editing core must pass the editing core's own validation, and its
// text fields must be the ones the editing core would derive from the same lines.

const root = join(__dirname, '../../../..')
const fixtureDir = join(root, 'tests/fixtures/pages')
const pages: [string, string][] = [
  ['wujin-2024-sample.txt', readFileSync(join(root, 'resources/samples/wujin-2024-sample.txt'), 'utf8')],
  ...readdirSync(fixtureDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name): [string, string] => [name, readFileSync(join(fixtureDir, name), 'utf8')])
]

/** Body text between two body paragraphs, with punctuation the normaliser typesets full-width. */
const OWN_PAGES: [string, string][] = [
  ['a byline ending in ":" after a one-word body line', '暖意送到千家万户\n\n江南\n\n本报杭州2月3日电记者张小明报道:岁末年初,江南各地干部纷纷走进工厂、农村,看望困难职工和农民群众,送去节日的问候。\n'],
  ['a credit "(…)" between body and caption', '小城迎来新春灯会\n\n灯会今晚在城南公园开幕,数万市民前来观灯。\n(王小红)\n\n图片:\n市民在灯会上合影留念,孩子们提着花灯奔跑。\n']
]

/** A recogniser that reports a three-character span every five characters, repairs or not. */
const windowRecognizer = {
  recognize(text: string): DerivedEntity[] {
    const out: DerivedEntity[] = []
    for (let at = 0; at + 3 <= text.length; at += 5) out.push({ type: 'PERSON', start: at, end: at + 3, confidence: 0.5, signal: 'model' })
    return out
  }
}

function expectValid(source: string, analysis: PageAnalysis): void {
  expect(validatePage({ sourceText: source, analysis })).toEqual({ ok: true })
  for (const article of analysis.articles) {
    const { kicker, headline, subheadlines, dateline, body } = deriveFields(source, analysis.repairs, article.lines)
    expect({ kicker, headline, subheadlines, dateline, body }, article.id).toEqual({
      kicker: article.kicker,
      headline: article.headline,
      subheadlines: article.subheadlines,
      dateline: article.dateline,
      body: article.body
    })
  }
}

const fake: AnalyzeDeps = { wordTagger: () => [], recognizer: EMPTY_RECOGNIZER }

describe('analyzePage output passes validatePage', () => {
  it.each(OWN_PAGES)('%s', (_name, source) => {
    expectValid(source, analyzePage(source, fake))
  })

  it.each(pages)('%s, empty recogniser', (_name, source) => {
    expectValid(source, analyzePage(source, fake))
  })

  it.each(pages)('%s, entities everywhere (quotes across repairs)', (_name, source) => {
    const analysis = analyzePage(source, { wordTagger: () => [], recognizer: windowRecognizer })
    expect(analysis.articles.some((a) => a.entities.length > 0) || source.trim() === '').toBe(true)
    expectValid(source, analysis)
  })

  it('the real engine (jieba and the shipped recogniser) on every page', () => {
    const engine = createEngine()
    for (const [name, source] of [...pages, ...OWN_PAGES]) {
      const analysis = engine.analyze(source)
      expect(validatePage({ sourceText: source, analysis }), name).toEqual({ ok: true })
      expectValid(source, analysis)
    }
  })
})
