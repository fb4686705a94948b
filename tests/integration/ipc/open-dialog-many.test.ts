import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHandlers } from '../../../src/main/handlers/create-handlers'
import type { HandlerDeps } from '../../../src/main/handlers/ports'
import { createRouter } from '../../../src/main/ipc/router'
import { createSenderPolicy } from '../../../src/main/ipc/sender-policy'
import type { IpcResult } from '../../../src/shared/ipc/result'
import { createTestBackend, RENDERER_URL, SAMPLE, type TestBackend } from './test-backend'

// File ▸ Open with several files (`page.openDialogMany`) through the real router and handlers:
// each chosen file comes back as its bytes or as that file's coded refusal; only the dialog
// (which needs a person) is scripted. Analysis is not part of this route (the renderer sends
// each file's bytes to `page.analyzeBytes`, like a drop), so the engine is stubbed.
let dataDir: string
let backend: TestBackend | null

function routerWith(dialog: Partial<Pick<HandlerDeps, 'choosePageFile' | 'choosePageFiles'>>) {
  backend = createTestBackend(dataDir, { analyze: () => { throw new Error('not analysed here') }, ...dialog })
  const handlers = createHandlers(backend.deps)
  const router = createRouter(handlers, { isTrustedSender: createSenderPolicy(RENDERER_URL) })
  return (route: string): Promise<IpcResult<unknown>> => router.dispatch({ senderUrl: RENDERER_URL, route, input: {} })
}

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'galley-ipc-many-'))
  backend = null
})

afterEach(async () => {
  await backend?.closeStore()
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
