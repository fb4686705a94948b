import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHandlers } from '../../../src/main/handlers/create-handlers'
import { createRouter, type Router } from '../../../src/main/ipc/router'
import { createSenderPolicy } from '../../../src/main/ipc/sender-policy'
import type { IpcResult } from '../../../src/shared/ipc/result'
import type { Edition, Page } from '../../../src/shared/model/edition'
import { createTestBackend, RENDERER_URL, type TestBackend } from './test-backend'

// edition.appendEdit (the workbench's autosave) against the real store in a temp folder: the
// edit must reach the journal on disk and be part of the edition when it is opened again.
let dataDir: string
let backend: TestBackend
let calls: string[]
let router: Router

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'galley-autosave-'))
  calls = []
  backend = createTestBackend(dataDir)
  const handlers = createHandlers(backend.deps)
  const recorded = Object.fromEntries(Object.entries(handlers).map(([route, handler]) => [route, (input: unknown) => { calls.push(route); return (handler as (i: unknown) => Promise<unknown>)(input) }]))
  router = createRouter(recorded as unknown as typeof handlers, { isTrustedSender: createSenderPolicy(RENDERER_URL) })
})

afterEach(async () => {
  await backend.closeStore()
  rmSync(dataDir, { recursive: true, force: true })
})

const send = (route: string, input: unknown): Promise<IpcResult<unknown>> => router.dispatch({ senderUrl: RENDERER_URL, route, input })

async function sampleEdition(): Promise<{ id: string; page: Page }> {
  const page = await send('page.openSample', {})
  if (!page.ok) throw new Error(page.error.message)
  const created = await send('edition.create', { meta: { newspaper: '武进日报', date: '2024-07-25' }, pages: [page.value] })
  if (!created.ok) throw new Error(created.error.message)
  return { id: (created.value as Edition).id, page: page.value as Page }
}

describe('IPC edition.appendEdit (autosave)', () => {
  it('journals a replaced page analysis on disk; reopening (even after a restart) gives the edited analysis', async () => {
    const { id, page } = await sampleEdition()
    const analysis = { ...page.analysis, articles: page.analysis.articles.map((a, i) => (i === 0 ? { ...a, review: 'approved' as const } : a)) }

    const appended = await send('edition.appendEdit', { editionId: id, edit: { kind: 'replace-page-analysis', payload: { pageId: page.id, analysis } } })
    expect(appended).toEqual({ ok: true, value: {} })

    const lines = readFileSync(join(dataDir, 'editions', `${id}.journal`), 'utf8').trim().split('\n')
    const last = JSON.parse(lines[lines.length - 1] ?? '{}') as { edit: { kind: string; payload: { analysis: Page['analysis'] } } }
    expect(last.edit.kind).toBe('replace-page-analysis')
    expect(last.edit.payload.analysis.articles[0]?.review).toBe('approved')

    await backend.closeStore()
    const opened = await send('edition.open', { id })
    expect(opened.ok && (opened.value as { edition: Edition }).edition.pages[0]?.analysis.articles[0]?.review).toBe('approved')
  })

  it('refuses a malformed edit with INVALID_INPUT before the handler runs, and an unknown page with INVALID_INPUT from the store', async () => {
    const { id } = await sampleEdition()
    calls = []
    const malformed = await send('edition.appendEdit', { editionId: id, edit: { kind: 'replace-page-analysis', payload: { pageId: 'page-1' } } })
    expect(malformed.ok ? '' : malformed.error.code).toBe('INVALID_INPUT')
    expect(calls).toEqual([])

    const unknownPage = await send('edition.appendEdit', { editionId: id, edit: { kind: 'remove-page', payload: { pageId: 'nope' } } })
    expect(unknownPage.ok ? '' : unknownPage.error.code).toBe('INVALID_INPUT')
    expect(calls).toEqual(['edition.appendEdit'])
  })
})
