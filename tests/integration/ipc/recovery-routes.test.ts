import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createHandlers } from '../../../src/main/handlers/create-handlers'
import { createRouter, type Router } from '../../../src/main/ipc/router'
import { createSenderPolicy } from '../../../src/main/ipc/sender-policy'
import type { IpcResult } from '../../../src/shared/ipc/result'
import type { Edition } from '../../../src/shared/model/edition'
import type { RevisionInfo, StoreProblem } from '../../../src/shared/store/store-types'
import { createTestBackend, RENDERER_URL, type TestBackend } from './test-backend'

// The way back for a damaged edition, through the real router and a real store in a temp folder:
// a truncated edition file is reported with its last good revision, and restoring that revision
// through IPC makes the edition open again with the content it had.
let dataDir: string
let backend: TestBackend
let router: Router

function startApp(): void {
  backend = createTestBackend(dataDir)
  router = createRouter(createHandlers(backend.deps), { isTrustedSender: createSenderPolicy(RENDERER_URL) })
}

async function send<T>(route: string, input: unknown): Promise<T> {
  const result: IpcResult<unknown> = await router.dispatch({ senderUrl: RENDERER_URL, route, input })
  if (!result.ok) throw new Error(`${route}: ${result.error.code} ${result.error.message}`)
  return result.value as T
}

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'galley-recovery-'))
  startApp()
})

afterEach(async () => {
  await backend.closeStore()
  rmSync(dataDir, { recursive: true, force: true })
})

describe('recovery routes', () => {
  it('report a truncated edition with its last good revision and restore it through IPC', async () => {
    const page = await send<Edition['pages'][number]>('page.openSample', {})
    const created = await send<Edition>('edition.create', { meta: { newspaper: '武进日报', date: '2024-07-25' }, pages: [page] })
    const renamed = { ...created, newspaper: '武进日报（修订）' }
    await send('edition.save', { edition: renamed })
    await backend.closeStore()

    // A crash outside Galley's writes (a disk fault, a sync tool) leaves half a file behind.
    const file = join(dataDir, 'editions', `${created.id}.json`)
    const bytes = readFileSync(file)
    writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)))

    startApp()
    const opened = await router.dispatch({ senderUrl: RENDERER_URL, route: 'edition.open', input: { id: created.id } })
    expect(opened.ok).toBe(false)
    const problems = await send<StoreProblem[]>('store.problems', {})
    const problem = problems.find((p) => p.editionId === created.id)
    expect(problem?.kind).toBe('quarantined')
    expect(problem?.lastGoodRevision).toBeTruthy()

    const revisions = await send<RevisionInfo[]>('edition.revisions', { id: created.id })
    expect(revisions.map((r) => r.id)).toContain(problem?.lastGoodRevision)
    const restored = await send<Edition>('edition.restoreRevision', { id: created.id, revisionId: problem?.lastGoodRevision })
    expect(restored.pages[0]?.sourceText).toBe(page.sourceText)

    const reopened = await send<{ edition: Edition }>('edition.open', { id: created.id })
    expect(reopened.edition.id).toBe(created.id)
    // The file on disk is whole again and holds the restored edition.
    expect(readFileSync(file, 'utf8')).toContain(created.id)
    expect(() => JSON.parse(readFileSync(file, 'utf8'))).not.toThrow()
  })

  it('refuse a revision id that could reach outside the history folder before any handler runs', async () => {
    const result = await router.dispatch({ senderUrl: RENDERER_URL, route: 'edition.restoreRevision', input: { id: 'ed-1', revisionId: '../../catalog' } })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error.code).toBe('INVALID_INPUT')
  })
})
