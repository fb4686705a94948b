import { describe, expect, it } from 'vitest'
import type { Page } from '../../../src/shared/model/edition'
import { initialSession, sessionReducer } from '../../../src/renderer/src/state/session'

const page: Page = {
  id: 'p1',
  fileName: 'page.txt',
  encoding: 'utf-8',
  sourceText: '标题\n正文',
  importedAt: '2026-01-01T00:00:00.000Z',
  analysis: { articles: [], repairs: [] }
}

describe('session reducer', () => {
  it('keeps the open page when opening another file fails', () => {
    const opened = sessionReducer(initialSession, { type: 'page-opened', page })
    const failed = sessionReducer(opened, { type: 'failed', error: { code: 'FILE_BINARY', message: 'x.bin is binary' }, fileName: 'x.bin' })
    // The page is held by an editing session (the trash made explicit), so compare by content.
    expect(failed.doc?.page).toEqual({ ...page, analysis: { ...page.analysis, deletedArticles: [] } })
    expect(failed.notice).toEqual({ kind: 'error', error: { code: 'FILE_BINARY', message: 'x.bin is binary' }, fileName: 'x.bin' })
  })

  it('does not open the save form without a page', () => {
    expect(sessionReducer(initialSession, { type: 'save-form', open: true }).saveFormOpen).toBe(false)
  })

  it('attaches the saved edition to the open page and closes the form', () => {
    const opened = sessionReducer(sessionReducer(initialSession, { type: 'page-opened', page }), { type: 'save-form', open: true })
    const edition = { id: 'e1', newspaper: '武进日报', date: '2024-07-25', issueNumber: null, createdAt: 'c', updatedAt: 'u', pages: [page] }
    const saved = sessionReducer(opened, { type: 'edition-saved', edition, created: true })
    expect(saved.doc?.edition?.id).toBe('e1')
    expect(saved.saveFormOpen).toBe(false)
  })
})
