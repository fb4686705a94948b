import { mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHandlers } from '../../../src/main/handlers/create-handlers'
import type { Handlers } from '../../../src/main/ipc/handler-types'
import { createRouter, type Router } from '../../../src/main/ipc/router'
import { createSenderPolicy } from '../../../src/main/ipc/sender-policy'
import type { IpcResult } from '../../../src/shared/ipc/result'
import type { Page } from '../../../src/shared/model/edition'
import { createTestBackend, RENDERER_URL, SAMPLE, type TestBackend } from './test-backend'

// The router against the real handlers, the real store in a temp folder and the real decoder and
// engine; only the open dialog (which needs a person) is scripted. Each handler is wrapped to
// record calls, which is how "a malformed message never reaches a handler" is observed.
let dataDir: string
let backend: TestBackend
let calls: string[]
let router: Router
let handlers: Handlers
let chosen: string | null

function recording(real: Handlers): Handlers {
  return Object.fromEntries(
    Object.entries(real).map(([route, handler]) => [route, (input: unknown) => { calls.push(route); return (handler as (i: unknown) => Promise<unknown>)(input) }])
  ) as unknown as Handlers
}

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'galley-ipc-'))
  calls = []
  chosen = SAMPLE
  backend = createTestBackend(dataDir, { choosePageFile: async () => chosen })
  handlers = createHandlers(backend.deps)
  router = createRouter(recording(handlers), { isTrustedSender: createSenderPolicy(RENDERER_URL) })
})

afterEach(async () => {
  await backend.closeStore()
  rmSync(dataDir, { recursive: true, force: true })
})

const send = (route: unknown, input: unknown, senderUrl: string | undefined = RENDERER_URL): Promise<IpcResult<unknown>> => router.dispatch({ senderUrl, route, input })

function expectError(result: IpcResult<unknown>, code: string): string {
  expect(result.ok).toBe(false)
  if (result.ok) return ''
  expect(result.error.code).toBe(code)
  return result.error.message
}

const editionFiles = (): string[] => {
  try {
    return readdirSync(join(dataDir, 'editions')).filter((name) => name.endsWith('.json'))
  } catch {
    return []
  }
}

describe('IPC router: refusals never reach a handler', () => {
  it.each([
    ['input of the wrong type', 'edition.open', 42],
    ['a missing field', 'edition.open', {}],
    ['an id that would escape the editions folder', 'edition.open', { id: '../../etc/passwd' }],
    ['an unexpected extra field', 'app.startup', { debug: true }],
    ['bytes sent as a string', 'page.analyzeBytes', { fileName: 'a.txt', bytes: 'aGVsbG8=' }],
    ['an empty file name', 'page.analyzeBytes', { fileName: '', bytes: new Uint8Array([65]) }],
    ['a date that is not YYYY-MM-DD', 'edition.create', { meta: { newspaper: '武进日报', date: '25/07/2024' }, pages: [] }]
  ])('rejects %s with INVALID_INPUT', async (_label, route, input) => {
    const message = expectError(await send(route, input), 'INVALID_INPUT')
    expect(message).toContain(route)
    expect(calls).toEqual([])
  })

  it('refuses a sender that is not our renderer', async () => {
    for (const url of ['https://evil.example/', 'file:///tmp/other.html', 'about:blank']) {
      expectError(await send('edition.list', {}, url), 'FORBIDDEN_SENDER')
    }
    expectError(await router.dispatch({ senderUrl: undefined, route: 'edition.list', input: {} }), 'FORBIDDEN_SENDER')
    expect(calls).toEqual([])
  })

  it('refuses an unknown route, including inherited object keys', async () => {
    expectError(await send('edition.drop', {}), 'UNKNOWN_ROUTE')
    expectError(await send('constructor', {}), 'UNKNOWN_ROUTE')
    expectError(await send(undefined, {}), 'UNKNOWN_ROUTE')
    expect(calls).toEqual([])
  })
})

describe('IPC router: the slice through real handlers and a real store', () => {
  it('analyses dropped bytes, saves them as an edition file, lists and reopens it', async () => {
    const bytes = new Uint8Array(readFileSync(SAMPLE))
    const analysed = await send('page.analyzeBytes', { fileName: 'wujin.txt', bytes })
    expect(analysed.ok).toBe(true)
    if (!analysed.ok) return
    const page = analysed.value as Page
    expect(page.sourceText).toBe(readFileSync(SAMPLE, 'utf8').replace(/^\uFEFF/, ''))
    expect(page.analysis.articles.length).toBeGreaterThan(1)

    const created = await send('edition.create', { meta: { newspaper: '武进日报', date: '2024-07-25' }, pages: [page] })
    expect(created.ok).toBe(true)
    if (!created.ok) return
    const id = (created.value as { id: string }).id
    await backend.closeStore()

    const onDisk = JSON.parse(readFileSync(join(dataDir, 'editions', `${id}.json`), 'utf8')) as { edition: { newspaper: string; issueNumber: unknown; pages: Page[] } }
    expect(onDisk.edition.newspaper).toBe('武进日报')
    expect(onDisk.edition.issueNumber).toBeNull()
    expect(onDisk.edition.pages[0]?.analysis.articles).toHaveLength(page.analysis.articles.length)

    const listed = await send('edition.list', {})
    expect(listed).toMatchObject({ ok: true, value: [{ id, newspaper: '武进日报', pageCount: 1 }] })
    const opened = await send('edition.open', { id })
    expect(opened).toMatchObject({ ok: true, value: { readOnly: false, edition: { id, date: '2024-07-25' } } })
    expect(calls).toEqual(['page.analyzeBytes', 'edition.create', 'edition.list', 'edition.open'])
  })

  it('opens the sample and a dialog-chosen file; startup asks for the sample while no edition exists', async () => {
    expect(await send('app.startup', {})).toMatchObject({ ok: true, value: { openSample: true, version: 'test' } })
    expect(await send('page.openSample', {})).toMatchObject({ ok: true, value: { fileName: 'wujin-2024-sample.txt', id: 'page-1' } })
    expect(await send('page.openDialog', {})).toMatchObject({ ok: true, value: { status: 'opened', page: { fileName: 'wujin-2024-sample.txt' } } })
  })

  it.each([
    ['binary', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1]), 'FILE_BINARY'],
    ['empty', new Uint8Array(), 'FILE_EMPTY']
  ])('returns a coded error for a %s file and writes nothing', async (_label, bytes, code) => {
    const message = expectError(await send('page.analyzeBytes', { fileName: 'bad.bin', bytes }), code)
    expect(message.length).toBeGreaterThan(10)
    expect(editionFiles()).toEqual([])
  })

  it('refuses a chosen file over 20 MB without reading it, and a missing one by name', async () => {
    const huge = join(dataDir, 'huge.txt')
    writeFileSync(huge, '')
    truncateSync(huge, 21 * 1024 * 1024)
    chosen = huge
    expect(expectError(await send('page.openDialog', {}), 'FILE_TOO_LARGE')).toContain('huge.txt')
    chosen = join(dataDir, 'gone.txt')
    expect(expectError(await send('page.openDialog', {}), 'FILE_NOT_FOUND')).toContain('gone.txt')
    expect(editionFiles()).toEqual([])
  })

  it('names a missing edition with NOT_FOUND', async () => {
    expectError(await send('edition.open', { id: 'no-such-edition' }), 'NOT_FOUND')
  })

  it('reports a handler bug as INTERNAL without leaking it as success', async () => {
    const internal: string[] = []
    const broken = createRouter(
      { ...handlers, 'edition.list': async () => { throw new TypeError('boom') }, 'app.startup': async () => ({ version: 1 }) as never },
      { isTrustedSender: () => true, onInternalError: (route) => internal.push(route) }
    )
    expect(expectError(await broken.dispatch({ senderUrl: RENDERER_URL, route: 'edition.list', input: {} }), 'INTERNAL')).toContain('boom')
    expectError(await broken.dispatch({ senderUrl: RENDERER_URL, route: 'app.startup', input: {} }), 'INTERNAL')
    expect(internal).toEqual(['edition.list', 'app.startup'])
  })

  it('does not compile when a declared route has no handler', () => {
    const { 'edition.save': _missing, ...incomplete } = handlers
    // @ts-expect-error — 'edition.save' is declared in src/shared/ipc/routes.ts but has no handler.
    const router = createRouter(incomplete, { isTrustedSender: () => true })
    expect(router).toBeDefined()
  })
})
