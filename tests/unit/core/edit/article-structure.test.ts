import { describe, expect, it } from 'vitest'
import { applyCommand } from '../../../../src/core/edit/apply-command'
import type { EditState } from '../../../../src/core/edit/state'
import { article, buildPage, offsetOf, samplePage } from './page-builder'
import { errorCode, ok } from './test-helpers'

describe('split-article', () => {
  it('splits at a caret between paragraphs: the rest becomes a new article right after, with its entities', () => {
    const page = samplePage()
    const at = offsetOf(page, '市长王五')
    const next = ok(page, { type: 'split-article', articleId: 'a1', at, newArticleId: 'a1b' })
    expect(next.analysis.articles.map((a) => a.id)).toEqual(['a1', 'a1b', 'a2', 'a3'])
    const first = article(next, 'a1')
    const second = article(next, 'a1b')
    expect(first.sourceEnd).toBe(at)
    expect(second.sourceStart).toBe(at)
    expect(first.body).toBe('上海地铁十八号线今天开通。')
    expect(second.body).toBe('市长王五出席了仪式。\n新线连接浦东机场。')
    // The first part keeps its headline and byline; the new one has none until the editor adds them.
    expect(first.headline).toBe('上海地铁新线开通')
    expect(first.reporters).toEqual(['张三', '李四'])
    expect(second.headline).toBe('')
    expect(first.entities.map((e) => e.id)).toEqual(['e-shanghai'])
    expect(second.entities.map((e) => e.id)).toEqual(['e-wangwu', 'e-airport'])
  })

  it('splits a line in the middle: each part keeps the role, trimmed', () => {
    const page = samplePage()
    const at = offsetOf(page, '出席了')
    const next = ok(page, { type: 'split-article', articleId: 'a1', at, newArticleId: 'x' })
    expect(article(next, 'a1').body).toBe('上海地铁十八号线今天开通。\n市长王五')
    expect(article(next, 'x').lines[0]).toEqual({ role: 'body', sourceStart: at, sourceEnd: offsetOf(page, '新线连接') - 1 })
  })

  it('drops an entity the caret cuts through (it would belong to neither part)', () => {
    const page = samplePage()
    const at = offsetOf(page, '五出席')
    const next = ok(page, { type: 'split-article', articleId: 'a1', at, newArticleId: 'x' })
    const ids = next.analysis.articles.flatMap((a) => a.entities.map((e) => e.id))
    expect(ids).not.toContain('e-wangwu')
    expect(ids).toContain('e-airport')
  })

  it('shares every article it does not touch (no copy of the page)', () => {
    const page = samplePage()
    const next = ok(page, { type: 'split-article', articleId: 'a1', at: offsetOf(page, '市长'), newArticleId: 'x' })
    expect(article(next, 'a2')).toBe(article(page, 'a2'))
    expect(article(next, 'a3')).toBe(article(page, 'a3'))
  })

  it.each([
    ['at the article start', (p: EditState) => article(p, 'a1').sourceStart],
    ['at the article end', (p: EditState) => article(p, 'a1').sourceEnd],
    ['before the first line', (p: EditState) => article(p, 'a1').sourceStart + 0],
    ['outside the article', (p: EditState) => article(p, 'a2').sourceStart + 1]
  ])('refuses a split %s with SPLIT_AT_EDGE', (_name, at) => {
    const page = samplePage()
    const result = applyCommand(page, { type: 'split-article', articleId: 'a1', at: at(page), newArticleId: 'x' })
    expect(errorCode(result)).toBe('SPLIT_AT_EDGE')
  })

  it('refuses a caret inside the line break before a line (nothing before it in the line) only when a side is empty', () => {
    // Caret right after the last line's text, inside a touching range that runs on to the next article.
    const page = samplePage({ touching: true })
    const a1 = article(page, 'a1')
    const lastLineEnd = a1.lines[a1.lines.length - 1]?.sourceEnd ?? 0
    const result = applyCommand(page, { type: 'split-article', articleId: 'a1', at: lastLineEnd + 1, newArticleId: 'x' })
    expect(errorCode(result)).toBe('SPLIT_AT_EDGE')
  })

  it('refuses a caret between the halves of an astral character or of a CRLF', () => {
    const astral = buildPage([{ id: 'a', lines: [['body', '前文𠀀后文'], ['body', '第二段']] }])
    const mid = offsetOf(astral, '𠀀') + 1
    expect(errorCode(applyCommand(astral, { type: 'split-article', articleId: 'a', at: mid, newArticleId: 'x' }))).toBe('SPLITS_CHARACTER')
    const crlf = buildPage([{ id: 'a', lines: [['body', 'first'], ['body', 'second']] }], { eol: '\r\n' })
    const cr = offsetOf(crlf, '\r\n') + 1
    expect(errorCode(applyCommand(crlf, { type: 'split-article', articleId: 'a', at: cr, newArticleId: 'x' }))).toBe('SPLITS_CHARACTER')
    // Right after the astral character is fine, and the new article starts with the rest.
    const after = ok(astral, { type: 'split-article', articleId: 'a', at: mid + 1, newArticleId: 'x' })
    expect(article(after, 'a').body).toBe('前文𠀀')
  })

  it('refuses an id that is already used, and an unknown article', () => {
    const page = samplePage()
    const at = offsetOf(page, '市长')
    expect(errorCode(applyCommand(page, { type: 'split-article', articleId: 'a1', at, newArticleId: 'a2' }))).toBe('ID_TAKEN')
    expect(errorCode(applyCommand(page, { type: 'split-article', articleId: 'e-wangwu', at, newArticleId: 'n' }))).toBe('ARTICLE_NOT_FOUND')
    expect(errorCode(applyCommand(page, { type: 'split-article', articleId: 'a1', at: 1e9, newArticleId: 'n' }))).toBe('OFFSET_OUT_OF_RANGE')
  })
})

describe('merge-article', () => {
  it('merges with the next article: one range, all lines and entities, bodies joined', () => {
    const page = samplePage()
    const next = ok(page, { type: 'merge-article', articleId: 'a1', direction: 'next' })
    expect(next.analysis.articles.map((a) => a.id)).toEqual(['a1', 'a3'])
    const merged = article(next, 'a1')
    expect(merged.sourceStart).toBe(article(page, 'a1').sourceStart)
    expect(merged.sourceEnd).toBe(article(page, 'a2').sourceEnd)
    expect(merged.entities.map((e) => e.id)).toEqual(['e-shanghai', 'e-wangwu', 'e-airport', 'e-bookfair'])
    expect(merged.body).toBe('上海地铁十八号线今天开通。\n市长王五出席了仪式。\n新线连接浦东机场。\n第三十届北京书展开幕。\n出版社三百家参展。')
  })

  it('merging with the previous article keeps the earlier article and the lower review state', () => {
    let page = samplePage()
    page = ok(page, { type: 'set-review', articleId: 'a1', review: 'approved' })
    page = ok(page, { type: 'set-review', articleId: 'a2', review: 'reviewed' })
    const next = ok(page, { type: 'merge-article', articleId: 'a2', direction: 'previous' })
    expect(next.analysis.articles.map((a) => a.id)).toEqual(['a1', 'a3'])
    expect(article(next, 'a1').review).toBe('reviewed')
  })

  it('split then merge gives back the same article', () => {
    const page = samplePage()
    const split = ok(page, { type: 'split-article', articleId: 'a1', at: offsetOf(page, '市长'), newArticleId: 'x' })
    const merged = ok(split, { type: 'merge-article', articleId: 'x', direction: 'previous' })
    expect(merged).toEqual(page)
  })

  it('refuses to merge the first article with a previous one, and the last with a next one', () => {
    const page = samplePage()
    expect(errorCode(applyCommand(page, { type: 'merge-article', articleId: 'a1', direction: 'previous' }))).toBe('NO_PREVIOUS_ARTICLE')
    expect(errorCode(applyCommand(page, { type: 'merge-article', articleId: 'a3', direction: 'next' }))).toBe('NO_NEXT_ARTICLE')
  })

  it('uses source order, not reading order, to find the neighbour', () => {
    let page = samplePage()
    page = ok(page, { type: 'reorder-article', articleId: 'a3', toIndex: 0 })
    // a3 is first in reading order but last in the source: it has a previous article (a2).
    const next = ok(page, { type: 'merge-article', articleId: 'a3', direction: 'previous' })
    expect(next.analysis.articles.map((a) => a.id)).toEqual(['a1', 'a2'])
    expect(article(next, 'a2').sourceEnd).toBe(page.sourceText.length)
  })
})

describe('move-line', () => {
  it('moves an article’s first line to the previous article', () => {
    const page = samplePage()
    const line = article(page, 'a2').lines[0]
    const next = ok(page, { type: 'move-line', articleId: 'a2', lineStart: line?.sourceStart ?? -1, direction: 'previous' })
    expect(article(next, 'a1').lines.at(-1)).toEqual(line)
    expect(article(next, 'a1').headline).toBe('上海地铁新线开通北京举办书展')
    expect(article(next, 'a2').headline).toBe('')
    expect(article(next, 'a2').lines).toHaveLength(2)
  })

  it('moves an article’s last line to the next article, entities with it', () => {
    const page = samplePage()
    const line = article(page, 'a1').lines.at(-1)
    const next = ok(page, { type: 'move-line', articleId: 'a1', lineStart: line?.sourceStart ?? -1, direction: 'next' })
    expect(article(next, 'a2').body).toBe('新线连接浦东机场。\n第三十届北京书展开幕。\n出版社三百家参展。')
    expect(article(next, 'a2').entities.map((e) => e.id)).toEqual(['e-airport', 'e-bookfair'])
    expect(article(next, 'a1').entities.map((e) => e.id)).toEqual(['e-shanghai', 'e-wangwu'])
  })

  it('refuses a middle line, the only line, a missing neighbour and an unknown line', () => {
    const page = samplePage()
    const middle = article(page, 'a1').lines[3]?.sourceStart ?? -1
    expect(errorCode(applyCommand(page, { type: 'move-line', articleId: 'a1', lineStart: middle, direction: 'previous' }))).toBe('NO_PREVIOUS_ARTICLE')
    expect(errorCode(applyCommand(page, { type: 'move-line', articleId: 'a1', lineStart: middle, direction: 'next' }))).toBe('LINE_NOT_AT_EDGE')
    const first = article(page, 'a1').lines[0]?.sourceStart ?? -1
    expect(errorCode(applyCommand(page, { type: 'move-line', articleId: 'a1', lineStart: first, direction: 'previous' }))).toBe('NO_PREVIOUS_ARTICLE')
    expect(errorCode(applyCommand(page, { type: 'move-line', articleId: 'a1', lineStart: 3, direction: 'next' }))).toBe('LINE_NOT_FOUND')
    const single = buildPage([{ id: 'a', lines: [['body', 'one']] }, { id: 'b', lines: [['body', 'two']] }])
    expect(errorCode(applyCommand(single, { type: 'move-line', articleId: 'b', lineStart: article(single, 'b').sourceStart, direction: 'previous' }))).toBe('ARTICLE_WOULD_BE_EMPTY')
  })
})

describe('move-boundary', () => {
  it('dragging a shared boundary back hands the text to the next article', () => {
    const page = samplePage({ touching: true })
    const to = offsetOf(page, '新线连接')
    const next = ok(page, { type: 'move-boundary', articleId: 'a1', edge: 'end', to })
    expect(article(next, 'a1').sourceEnd).toBe(to)
    expect(article(next, 'a2').sourceStart).toBe(to)
    expect(article(next, 'a2').body.startsWith('新线连接浦东机场。\n')).toBe(true)
    expect(article(next, 'a2').entities.map((e) => e.id)).toEqual(['e-airport', 'e-bookfair'])
  })

  it('dragging an end into the next article takes its lines; cutting an entity drops it', () => {
    const page = samplePage()
    const to = offsetOf(page, '书展开幕')
    const next = ok(page, { type: 'move-boundary', articleId: 'a1', edge: 'end', to })
    expect(article(next, 'a2').sourceStart).toBe(to)
    expect(article(next, 'a2').lines[0]).toMatchObject({ role: 'body', sourceStart: to })
    // The headline line and the first half of the first paragraph now belong to a1.
    expect(article(next, 'a1').lines.some((l) => l.role === 'headline' && page.sourceText.slice(l.sourceStart, l.sourceEnd) === '北京举办书展')).toBe(true)
    expect(next.analysis.articles.flatMap((a) => a.entities.map((e) => e.id))).not.toContain('e-bookfair')
  })

  it('dragging a start back over uncovered text takes it in as body lines', () => {
    const page = buildPage([{ id: 'a', lines: [['body', 'alpha']] }, { id: 'b', lines: [['body', 'beta']] }])
    const withGap = { ...page, sourceText: page.sourceText }
    // Shrink a to leave uncovered text, then drag b's start back over it.
    const shrunk = ok(withGap, { type: 'move-boundary', articleId: 'a', edge: 'end', to: 2 })
    expect(article(shrunk, 'a').body).toBe('al')
    const grown = ok(shrunk, { type: 'move-boundary', articleId: 'b', edge: 'start', to: 2 })
    expect(article(grown, 'b').body).toBe('pha\nbeta')
  })

  it('refuses a drag past the neighbour’s far edge or past the article’s own start', () => {
    const page = samplePage()
    const a2 = article(page, 'a2')
    expect(errorCode(applyCommand(page, { type: 'move-boundary', articleId: 'a1', edge: 'end', to: a2.sourceEnd }))).toBe('BOUNDARY_CROSSES_ARTICLE')
    expect(errorCode(applyCommand(page, { type: 'move-boundary', articleId: 'a2', edge: 'end', to: a2.sourceStart }))).toBe('BOUNDARY_CROSSES_ARTICLE')
    expect(errorCode(applyCommand(page, { type: 'move-boundary', articleId: 'a2', edge: 'start', to: article(page, 'a1').sourceStart }))).toBe('BOUNDARY_CROSSES_ARTICLE')
    // In a touching layout a1's range runs over the blank line after its text: a start there leaves it empty.
    const touching = samplePage({ touching: true })
    const lastLine = article(touching, 'a1').lines.at(-1)?.sourceEnd ?? -1
    expect(errorCode(applyCommand(touching, { type: 'move-boundary', articleId: 'a1', edge: 'start', to: lastLine + 1 }))).toBe('ARTICLE_WOULD_BE_EMPTY')
  })

  it('a drag to where the boundary already is changes nothing', () => {
    const page = samplePage()
    const result = applyCommand(page, { type: 'move-boundary', articleId: 'a1', edge: 'end', to: article(page, 'a1').sourceEnd })
    expect(result.ok && result.state).toBe(page)
  })
})
