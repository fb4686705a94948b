import type { Article, ArticleKind, Entity, EntityType, LineRole, Repair } from '../../../../src/shared/model/analysis'
import { deriveFields } from '../../../../src/core/edit/fields'
import { deriveSpan } from '../../../../src/core/text/derive'
import type { EditState } from '../../../../src/core/edit/state'

/**
 * Builds small pages for the edit tests: articles as role-tagged lines, entities by quote.
 * Lines are separated by `eol`, articles by a blank line (uncovered), unless `touching` makes
 * each article's range run up to the next one's start.
 */
export interface ArticleSpec {
  readonly id: string
  readonly kind?: ArticleKind
  readonly lines: readonly (readonly [LineRole, string])[]
  /** [quote, type, id?, occurrence?]: the quote's first (or nth) occurrence inside the article. */
  readonly entities?: readonly (readonly [string, EntityType, string?])[]
}

export interface BuildOptions {
  readonly eol?: string
  readonly touching?: boolean
}

export function buildPage(specs: readonly ArticleSpec[], options: BuildOptions = {}): EditState {
  const eol = options.eol ?? '\n'
  let source = ''
  const articles: Article[] = []
  specs.forEach((spec, k) => {
    if (k > 0) source += eol + eol
    const start = source.length
    const lines = spec.lines.map(([role, text], i) => {
      if (i > 0) source += eol
      const line = { role, sourceStart: source.length, sourceEnd: source.length + text.length }
      source += text
      return line
    })
    const end = source.length
    const entities: Entity[] = (spec.entities ?? []).map(([quote, type, id], i) => {
      const at = source.indexOf(quote, start)
      if (at < 0 || at + quote.length > end) throw new Error(`Quote "${quote}" not in article ${spec.id}`)
      return { id: id ?? `${spec.id}-e${i}`, type, text: quote, sourceStart: at, sourceEnd: at + quote.length, confidence: 0.8, signal: 'model' }
    })
    articles.push({
      id: spec.id,
      kind: spec.kind ?? 'news',
      kicker: null,
      headline: '',
      subheadlines: [],
      reporters: [],
      photographers: [],
      dateline: null,
      body: '',
      sourceStart: start,
      sourceEnd: end,
      lines,
      entities: entities.sort((a, b) => a.sourceStart - b.sourceStart),
      review: 'auto'
    })
  })
  if (options.touching) {
    articles.forEach((a, i) => {
      const next = articles[i + 1]
      articles[i] = { ...a, sourceEnd: next ? next.sourceStart : source.length }
    })
  }
  return refreshAll({ sourceText: source, analysis: { articles, repairs: [], deletedArticles: [] } })
}

/** Recomputes every derived field and quote (as the engine would after adding repairs). */
export function refreshAll(state: EditState): EditState {
  const { sourceText, analysis } = state
  const articles = analysis.articles.map((a) => ({
    ...a,
    ...deriveFields(sourceText, analysis.repairs, a.lines),
    entities: a.entities.map((e) => ({ ...e, text: deriveSpan(sourceText, analysis.repairs, e.sourceStart, e.sourceEnd) }))
  }))
  return { sourceText, analysis: { ...analysis, articles } }
}

/** Adds a repair over the first occurrence of `before` (at or after `from`) and refreshes the page. */
export function withRepair(state: EditState, id: string, kind: string, before: string, after: string, from = 0): EditState {
  const at = state.sourceText.indexOf(before, from)
  if (at < 0) throw new Error(`"${before}" not in source`)
  const repair: Repair = { id, kind, sourceStart: at, sourceEnd: at + before.length, before, after, applied: true }
  const repairs = [...state.analysis.repairs, repair].sort((a, b) => a.sourceStart - b.sourceStart)
  return refreshAll({ ...state, analysis: { ...state.analysis, repairs } })
}

/** The article with this id (throws when absent, so tests fail loudly). */
export function article(state: EditState, id: string): Article {
  const found = state.analysis.articles.find((a) => a.id === id)
  if (!found) throw new Error(`No article ${id}`)
  return found
}

/** Offset of the first occurrence of `text` in the source (throws when absent). */
export function offsetOf(state: EditState, text: string, from = 0): number {
  const at = state.sourceText.indexOf(text, from)
  if (at < 0) throw new Error(`"${text}" not in source`)
  return at
}

/** A two-article Chinese page used by most tests. */
export function samplePage(options: BuildOptions = {}): EditState {
  return buildPage(
    [
      {
        id: 'a1',
        lines: [
          ['kicker', '城市新闻'],
          ['headline', '上海地铁新线开通'],
          ['byline', '本报记者 张三 李四'],
          ['body', '上海地铁十八号线今天开通。'],
          ['body', '市长王五出席了仪式。'],
          ['body', '新线连接浦东机场。']
        ],
        entities: [
          ['上海', 'PLACE', 'e-shanghai'],
          ['王五', 'PERSON', 'e-wangwu'],
          ['浦东机场', 'PLACE', 'e-airport']
        ]
      },
      {
        id: 'a2',
        lines: [
          ['headline', '北京举办书展'],
          ['body', '第三十届北京书展开幕。'],
          ['body', '出版社三百家参展。']
        ],
        entities: [['北京书展', 'EVENT', 'e-bookfair']]
      },
      {
        id: 'a3',
        kind: 'photo',
        lines: [
          ['caption', '春天的公园。'],
          ['byline', '赵六 摄']
        ]
      }
    ],
    options
  )
}

/** A page of `articles` articles with `entitiesPerArticle` entities each (the 40 × 75 = 3,000). */
export function largePage(articles = 40, entitiesPerArticle = 75): EditState {
  const specs: ArticleSpec[] = []
  for (let i = 0; i < articles; i++) {
    const lines: [LineRole, string][] = [['headline', `第${i}篇 标题`]]
    for (let p = 0; p < entitiesPerArticle; p++) lines.push(['body', `记者张${p}在上海${p}报道了新闻。`])
    specs.push({ id: `a${i}`, lines, entities: [] })
  }
  const page = buildPage(specs)
  const analysis = {
    ...page.analysis,
    articles: page.analysis.articles.map((a) => ({
      ...a,
      entities: a.lines.slice(1).map((line, p): Entity => ({
        id: `${a.id}-e${p}`, type: 'PERSON', text: page.sourceText.slice(line.sourceStart + 2, line.sourceStart + 4),
        sourceStart: line.sourceStart + 2, sourceEnd: line.sourceStart + 4, confidence: 0.9, signal: 'model'
      }))
    }))
  }
  return { ...page, analysis }
}
