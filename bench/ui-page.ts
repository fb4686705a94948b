import { deriveFields } from '../src/core/edit/fields'
import { validatePage } from '../src/core/edit'
import type { Article, ArticleLine, Entity, EntityType, Repair } from '../src/shared/model/analysis'
import type { Page } from '../src/shared/model/edition'

const TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'PLACE', 'TIME', 'QUANTITY', 'WORK', 'EVENT', 'OTHER']
const NAMES = ['张伟', '南京银行', '武进区', '昨天上午', '三百家', '人民日报', '书展', '委员会']

/**
 * A synthetic page of `articles` articles with `entitiesPerArticle` entities each (the issue's
 * 40 × 75 = 3,000), shaped like a real one: headline, byline, body paragraphs with one ASCII
 * comma made full-width by a repair each, column breaks between articles. Checked with the
 * core's validatePage so the UI is measured on a page the editing core accepts.
 */
export function makeBenchPage(articles = 40, entitiesPerArticle = 75): Page {
  let source = ''
  const list: Article[] = []
  const repairs: Repair[] = []
  for (let i = 0; i < articles; i++) {
    if (i > 0) source += '\n\n'
    const start = source.length
    const lines: ArticleLine[] = []
    const entities: Entity[] = []
    const pushLine = (role: ArticleLine['role'], text: string): number => {
      if (lines.length > 0) source += '\n'
      const at = source.length
      source += text
      lines.push({ role, sourceStart: at, sourceEnd: source.length })
      return at
    }
    pushLine('headline', `第${i + 1}篇 全区重点工作推进会召开`)
    pushLine('byline', '本报记者 王小明')
    // Three entities per paragraph, so 25 paragraphs carry 75 entities.
    for (let p = 0; p < Math.ceil(entitiesPerArticle / 3); p++) {
      const parts: string[] = []
      const spans: [number, number, EntityType][] = []
      let length = 0
      for (let k = 0; k < 3 && p * 3 + k < entitiesPerArticle; k++) {
        const type = TYPES[(p * 3 + k + i) % TYPES.length] as EntityType
        const name = NAMES[TYPES.indexOf(type)] as string
        const filler = k === 1 ? '在会上说,' : '表示要继续推进各项工作，'
        spans.push([length, length + name.length, type])
        parts.push(name + filler)
        length += name.length + filler.length
      }
      const at = pushLine('body', `${parts.join('')}确保取得实效。`)
      spans.forEach(([s, e, type], k) => entities.push({
        id: `a${i}-e${p * 3 + k}`, type, text: source.slice(at + s, at + e), sourceStart: at + s, sourceEnd: at + e, confidence: 0.9, signal: 'model'
      }))
      const comma = source.indexOf(',', at)
      if (comma >= 0) repairs.push({ id: `r-${comma}`, kind: 'punct-width', sourceStart: comma, sourceEnd: comma + 1, before: ',', after: '，', applied: true })
    }
    list.push({
      id: `a${i}`, kind: 'news', kicker: null, headline: '', subheadlines: [], reporters: [], photographers: [], dateline: null, body: '',
      sourceStart: start, sourceEnd: source.length, lines, entities, review: 'auto'
    })
  }
  const articlesWithFields = list.map((a) => ({ ...a, ...deriveFields(source, repairs, a.lines) }))
  const page: Page = {
    id: 'bench-page', fileName: 'bench-40x75.txt', encoding: 'utf-8', sourceText: source, importedAt: new Date(0).toISOString(),
    analysis: { articles: articlesWithFields, repairs, deletedArticles: [] }
  }
  const check = validatePage(page)
  if (!check.ok) throw new Error(`bench page invalid: ${JSON.stringify(check).slice(0, 500)}`)
  return page
}
