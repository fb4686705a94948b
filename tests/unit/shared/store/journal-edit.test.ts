import { describe, expect, it } from 'vitest'
import { applyJournalEdit, JournalEditError, journalEditSchema } from '../../../../src/shared/store/journal-edit'
import { makeEdition } from '../../../fixtures/store/make-edition'

const edition = makeEdition('ed-1', 1, { pages: 2, articles: 3, entitiesPerArticle: 1, chars: 200 })
const at = '2026-11-26T10:00:00.000Z'

describe('journal edits', () => {
  it('set-meta changes only the fields it names (issueNumber survives a newspaper edit)', () => {
    const edit = journalEditSchema.parse({ kind: 'set-meta', payload: { newspaper: '晚报' } })
    const next = applyJournalEdit(edition, edit, at)
    expect(next.newspaper).toBe('晚报')
    expect(next.issueNumber).toBe(edition.issueNumber)
    expect(next.updatedAt).toBe(at)
  })

  it('set-article-review touches one article and leaves the input unchanged', () => {
    const articleId = edition.pages[1]!.analysis.articles[2]!.id
    const next = applyJournalEdit(edition, { kind: 'set-article-review', payload: { pageId: 'page-2', articleId, review: 'approved' } }, at)
    expect(next.pages[1]!.analysis.articles[2]!.review).toBe('approved')
    expect(edition.pages[1]!.analysis.articles[2]!.review).toBe('auto')
    expect(next.pages[0]).toBe(edition.pages[0])
  })

  it('is idempotent: replaying an edit twice equals replaying it once', () => {
    const article = { ...edition.pages[0]!.analysis.articles[0]!, headline: '新标题' }
    const edit = { kind: 'replace-article' as const, payload: { pageId: 'page-1', article } }
    const once = applyJournalEdit(edition, edit, at)
    expect(applyJournalEdit(once, edit, at)).toEqual(once)
  })

  it('refuses edits that name a missing page or article', () => {
    expect(() => applyJournalEdit(edition, { kind: 'remove-page', payload: { pageId: 'page-9' } }, at)).toThrow(JournalEditError)
    expect(() => applyJournalEdit(edition, { kind: 'set-article-review', payload: { pageId: 'page-1', articleId: 'x', review: 'reviewed' } }, at)).toThrow(JournalEditError)
    expect(() => applyJournalEdit(edition, { kind: 'replace-edition', payload: { edition: { ...edition, id: 'other' } } }, at)).toThrow(JournalEditError)
  })
})
