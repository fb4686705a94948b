import { describe, expect, it } from 'vitest'
import { applyCommand } from '../../../../src/core/edit/apply-command'
import type { Page } from '../../../../src/shared/model/edition'
import { article, offsetOf, samplePage } from './page-builder'
import { ok, refusal } from './test-helpers'

describe('set-article-kind and set-review', () => {
  it('changes the kind and the review state of one article only', () => {
    const page = samplePage()
    const kind = ok(page, { type: 'set-article-kind', articleId: 'a2', kind: 'brief' })
    expect(article(kind, 'a2').kind).toBe('brief')
    expect(article(kind, 'a1')).toBe(article(page, 'a1'))
    const reviewed = ok(kind, { type: 'set-review', articleId: 'a2', review: 'reviewed' })
    const approved = ok(reviewed, { type: 'set-review', articleId: 'a2', review: 'approved' })
    expect(article(approved, 'a2').review).toBe('approved')
    // An editor can withdraw an approval.
    expect(article(ok(approved, { type: 'set-review', articleId: 'a2', review: 'auto' }), 'a2').review).toBe('auto')
  })

  it('setting the current value is a no-op with an empty change set', () => {
    const page = samplePage()
    const result = applyCommand(page, { type: 'set-article-kind', articleId: 'a1', kind: 'news' })
    expect(result.ok && result.state).toBe(page)
    expect(result.ok && result.changes).toEqual({ created: [], updated: [], deleted: [] })
  })

  it('refuses an unknown article', () => {
    expect(refusal(samplePage(), { type: 'set-review', articleId: 'nope', review: 'approved' })).toBe('ARTICLE_NOT_FOUND')
  })
})

describe('set-line-role', () => {
  it('a body line turned subheadline leaves the body and joins the subheadlines', () => {
    const page = samplePage()
    const line = offsetOf(page, '上海地铁十八号线')
    const next = ok(page, { type: 'set-line-role', articleId: 'a1', lineStart: line, role: 'subheadline' })
    expect(article(next, 'a1').subheadlines).toEqual(['上海地铁十八号线今天开通。'])
    expect(article(next, 'a1').body).toBe('市长王五出席了仪式。\n新线连接浦东机场。')
  })

  it('keeps an edited headline when an unrelated line changes role', () => {
    let page = samplePage()
    page = ok(page, { type: 'set-article-fields', articleId: 'a1', fields: { headline: '地铁十八号线开通' } })
    page = ok(page, { type: 'set-line-role', articleId: 'a1', lineStart: offsetOf(page, '新线连接'), role: 'caption' })
    expect(article(page, 'a1').headline).toBe('地铁十八号线开通')
  })

  it('recomputes the fields of both the old and the new role', () => {
    const page = samplePage()
    const byline = offsetOf(page, '本报记者')
    const next = ok(page, { type: 'set-line-role', articleId: 'a1', lineStart: byline, role: 'dateline' })
    expect(article(next, 'a1').reporters).toEqual([])
    expect(article(next, 'a1').dateline).toBe('本报记者 张三 李四')
    const kicker = ok(page, { type: 'set-line-role', articleId: 'a1', lineStart: offsetOf(page, '城市新闻'), role: 'body' })
    expect(article(kicker, 'a1').kicker).toBeNull()
    expect(article(kicker, 'a1').body.startsWith('城市新闻\n')).toBe(true)
  })

  it('a caption byline gives photographers', () => {
    const page = samplePage()
    expect(article(page, 'a3').photographers).toEqual(['赵六'])
    expect(article(page, 'a3').body).toBe('春天的公园。')
  })

  it('refuses a line that is not in the article', () => {
    const page = samplePage()
    expect(refusal(page, { type: 'set-line-role', articleId: 'a2', lineStart: offsetOf(page, '城市新闻'), role: 'body' })).toBe('LINE_NOT_FOUND')
  })
})

describe('set-article-fields', () => {
  it('sets only the fields given', () => {
    const page = samplePage()
    const next = ok(page, {
      type: 'set-article-fields',
      articleId: 'a1',
      fields: { headline: '新标题', reporters: ['张三'], photographers: ['钱七'], kicker: null, dateline: '上海电' }
    })
    const a1 = article(next, 'a1')
    expect([a1.headline, a1.reporters, a1.photographers, a1.kicker, a1.dateline]).toEqual(['新标题', ['张三'], ['钱七'], null, '上海电'])
    expect(a1.body).toBe(article(page, 'a1').body)
    expect(a1.subheadlines).toBe(article(page, 'a1').subheadlines)
  })
})

describe('commands on a stored Page', () => {
  it('run on a Page directly and keep its other fields', () => {
    const page: Page = { id: 'p1', fileName: 'a.txt', encoding: 'utf-8', importedAt: '2026-01-01T00:00:00Z', ...samplePage() }
    const result = applyCommand(page, { type: 'set-article-kind', articleId: 'a1', kind: 'brief' })
    if (!result.ok) throw new Error(result.error.code)
    expect(result.state).toMatchObject({ id: 'p1', fileName: 'a.txt', encoding: 'utf-8', importedAt: '2026-01-01T00:00:00Z' })
    expect(article(result.state, 'a1').kind).toBe('brief')
  })
})

describe('set-article-fields (no-op)', () => {
  it('setting the same values records nothing', () => {
    const page = samplePage()
    const a1 = article(page, 'a1')
    const result = applyCommand(page, { type: 'set-article-fields', articleId: 'a1', fields: { headline: a1.headline, reporters: [...a1.reporters] } })
    expect(result.ok && result.state).toBe(page)
  })
})

describe('reorder-article', () => {
  it('moves an article in reading order without touching ranges', () => {
    const page = samplePage()
    const next = ok(page, { type: 'reorder-article', articleId: 'a1', toIndex: 2 })
    expect(next.analysis.articles.map((a) => a.id)).toEqual(['a2', 'a3', 'a1'])
    expect(article(next, 'a1')).toBe(article(page, 'a1'))
  })

  it('refuses a position outside the list', () => {
    expect(refusal(samplePage(), { type: 'reorder-article', articleId: 'a1', toIndex: 3 })).toBe('INVALID_INDEX')
    expect(refusal(samplePage(), { type: 'reorder-article', articleId: 'a1', toIndex: -1 })).toBe('INVALID_INDEX')
  })
})

describe('delete-article and restore-article', () => {
  it('deletes to the trash and restores at the reading position after its source predecessor', () => {
    const page = samplePage()
    const deleted = ok(page, { type: 'delete-article', articleId: 'a2' })
    expect(deleted.analysis.articles.map((a) => a.id)).toEqual(['a1', 'a3'])
    expect(deleted.analysis.deletedArticles?.map((a) => a.id)).toEqual(['a2'])
    const restored = ok(deleted, { type: 'restore-article', articleId: 'a2' })
    expect(restored).toEqual(page)
  })

  it('refuses to restore when another article took part of the range, or when nothing was deleted', () => {
    let page = samplePage()
    page = ok(page, { type: 'delete-article', articleId: 'a2' })
    page = ok(page, { type: 'move-boundary', articleId: 'a1', edge: 'end', to: offsetOf(page, '书展开幕') })
    expect(refusal(page, { type: 'restore-article', articleId: 'a2' })).toBe('RANGE_TAKEN')
    expect(refusal(page, { type: 'restore-article', articleId: 'a1' })).toBe('DELETED_ARTICLE_NOT_FOUND')
    expect(refusal(page, { type: 'delete-article', articleId: 'a2' })).toBe('ARTICLE_NOT_FOUND')
  })

  it('a restored article picks up repairs reverted while it was deleted', () => {
    let page = samplePage()
    page = ok(page, { type: 'delete-article', articleId: 'a2' })
    const repairs = [{ id: 'r', kind: 'punct-width', sourceStart: offsetOf(page, '。', offsetOf(page, '开幕')), sourceEnd: offsetOf(page, '。', offsetOf(page, '开幕')) + 1, before: '。', after: '.', applied: true }]
    page = { ...page, analysis: { ...page.analysis, repairs } }
    const restored = ok(page, { type: 'restore-article', articleId: 'a2' })
    expect(article(restored, 'a2').body).toBe('第三十届北京书展开幕.\n出版社三百家参展。')
  })
})

describe('advanceReview', () => {
  it('walks auto → reviewed → approved and stays approved', async () => {
    const { advanceReview } = await import('../../../../src/core/edit/review')
    expect([advanceReview('auto'), advanceReview('reviewed'), advanceReview('approved')]).toEqual(['reviewed', 'approved', 'approved'])
  })
})
