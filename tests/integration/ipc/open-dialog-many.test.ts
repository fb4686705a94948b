import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHandlers } from '../../../src/main/handlers/create-handlers'
import type { HandlerDeps } from '../../../src/main/handlers/ports'
import { createRouter } from '../../../src/main/ipc/router'
import { createSenderPolicy } from '../../../src/main/ipc/sender-policy'
import { decodePage } from '../../../src/main/services/decode-page'
import { readPageFile } from '../../../src/main/services/read-page-file'
import { openEditionStore, type EditionStore } from '../../../src/main/storage'
import type { IpcResult } from '../../../src/shared/ipc/result'

// File ▸ Open with several files (`page.openDialogMany`) through the real router and handlers:
// each chosen file comes back as its bytes or as that file's coded refusal; only the dialog
// (which needs a person) is scripted. Analysis is not part of this route (the renderer sends
// each file's bytes to `page.analyzeBytes`, like a drop), so the engine is stubbed.
const RENDERER_URL = 'file:///app/out/renderer/index.html'
const SAMPLE = resolve(__dirname, '../../../resources/samples/wujin-2024-sample.txt')

let dataDir: string
let store: EditionStore | null

function routerWith(dialog: Partial<Pick<HandlerDeps, 'choosePageFile' | 'choosePageFiles'>>) {
  const handlers = createHandlers({
    getStore: async () => (store ??= await openEditionStore(dataDir, { owner: 'app' })),
    decode: decodePage,
    analyze: () => { throw new Error('not analysed here') },
    readPage: readPageFile,
    choosePageFile: async () => null,
    ...dialog,
    samplePath: SAMPLE,
    dataDir,
    version: 'test',
    forceSample: false,
    newId: () => 'page-1',
    now: () => new Date('2026-01-02T03:04:05.000Z')
  })
  const router = createRouter(handlers, { isTrustedSender: createSenderPolicy(RENDERER_URL) })
  return (route: string): Promise<IpcResult<unknown>> => router.dispatch({ senderUrl: RENDERER_URL, route, input: {} })
}

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'galley-ipc-many-'))
  store = null
})

afterEach(async () => {
  await store?.close()
  rmSync(dataDir, { recursive: true, force: true })
})

describe('page.openDialogMany', () => {
  it('returns every chosen file in order: the bytes of a readable one, a coded refusal for an oversize or missing one', async () => {
    const second = join(dataDir, '第二版.txt')
    writeFileSync(second, '第二版\n正文。\n')
    const huge = join(dataDir, 'huge.txt')
    writeFileSync(huge, '')
    truncateSync(huge, 21 * 1024 * 1024)
    const send = routerWith({ choosePageFiles: async () => [SAMPLE, second, huge, join(dataDir, 'gone.txt')] })

    const result = await send('page.openDialogMany')
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const { files } = result.value as { files: { status: string; fileName: string; bytes?: Uint8Array; error?: { code: string; message: string } }[] }
    expect(files.map((f) => [f.status, f.fileName])).toEqual([
      ['read', 'wujin-2024-sample.txt'],
      ['read', '第二版.txt'],
      ['refused', 'huge.txt'],
      ['refused', 'gone.txt']
    ])
    expect(Buffer.from(files[0]!.bytes!).equals(readFileSync(SAMPLE))).toBe(true)
    expect(Buffer.from(files[1]!.bytes!).toString('utf8')).toBe('第二版\n正文。\n')
    expect(files[2]!.error).toMatchObject({ code: 'FILE_TOO_LARGE' })
    expect(files[2]!.error!.message).toContain('huge.txt')
    expect(files[3]!.error).toMatchObject({ code: 'FILE_NOT_FOUND' })
    expect(files[3]!.error!.message).toContain('gone.txt')
  })

  it('returns no files when the person cancels', async () => {
    expect(await routerWith({ choosePageFiles: async () => [] })('page.openDialogMany')).toEqual({ ok: true, value: { files: [] } })
  })

  it('falls back to the one-file dialog when main has no several-files dialog', async () => {
    const send = routerWith({ choosePageFile: async () => SAMPLE })
    expect(await send('page.openDialogMany')).toMatchObject({ ok: true, value: { files: [{ status: 'read', fileName: 'wujin-2024-sample.txt' }] } })
    expect(await routerWith({})('page.openDialogMany')).toEqual({ ok: true, value: { files: [] } })
  })
})
