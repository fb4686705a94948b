import { describe, expect, it } from 'vitest'
import type { PageIssueCode } from '../../../../src/core/edit/validate'
import { validatePage } from '../../../../src/core/edit/validate'
import type { Article } from '../../../../src/shared/model/analysis'
import type { EditState } from '../../../../src/core/edit/state'
import { samplePage } from './page-builder'

function codes(state: EditState): PageIssueCode[] {
  const result = validatePage(state)
  return result.ok ? [] : result.issues.map((i) => i.code)
}

function changeArticle(state: EditState, index: number, change: (a: Article) => Article): EditState {
  const articles = state.analysis.articles.slice()
  articles[index] = change(articles[index] as Article)
  return { ...state, analysis: { ...state.analysis, articles } }
}

describe('validatePage', () => {
  it('accepts a consistent page', () => {
    expect(validatePage(samplePage())).toEqual({ ok: true })
  })

  it.each<[string, (s: EditState) => EditState, PageIssueCode]>([
    ['overlapping articles', (s) => changeArticle(s, 1, (a) => ({ ...a, sourceStart: a.sourceStart - 3 })), 'ARTICLES_OVERLAP'],
    ['a range past the text', (s) => changeArticle(s, 2, (a) => ({ ...a, sourceEnd: s.sourceText.length + 1 })), 'RANGE_OUTSIDE_SOURCE'],
    ['an article without lines', (s) => changeArticle(s, 2, (a) => ({ ...a, lines: [], body: '' })), 'EMPTY_ARTICLE'],
    ['an entity outside its article', (s) => changeArticle(s, 1, (a) => ({ ...a, entities: (s.analysis.articles[0] as Article).entities })), 'ENTITY_OUTSIDE_ARTICLE'],
    ['a stale entity quote', (s) => changeArticle(s, 1, (a) => ({ ...a, entities: a.entities.map((e) => ({ ...e, text: 'x' })) })), 'ENTITY_QUOTE_MISMATCH'],
    ['a stale body', (s) => changeArticle(s, 0, (a) => ({ ...a, body: a.body + '!' })), 'BODY_OUT_OF_DATE'],
    ['lines out of order', (s) => changeArticle(s, 0, (a) => ({ ...a, lines: a.lines.slice().reverse() })), 'LINES_OUT_OF_ORDER'],
    ['a duplicate id', (s) => changeArticle(s, 1, (a) => ({ ...a, id: 'a1' })), 'DUPLICATE_ID'],
    [
      'a repair that does not quote the source',
      (s) => ({ ...s, analysis: { ...s.analysis, repairs: [{ id: 'r', kind: 'k', sourceStart: 0, sourceEnd: 2, before: 'zz', after: 'y', applied: false }] } }),
      'REPAIR_BEFORE_MISMATCH'
    ]
  ])('reports %s', (_name, corrupt, code) => {
    expect(codes(corrupt(samplePage()))).toContain(code)
  })
})
