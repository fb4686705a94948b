import { chmod, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openEditionStore } from '../../../src/main/storage'
import { type FsOps, nodeFsOps } from '../../../src/main/storage/fs-ops'
import { META, smallPages, tempDataDir } from './helpers'

let dir: string
let cleanup: () => Promise<void>
beforeEach(async () => ({ dir, cleanup } = await tempDataDir()))
afterEach(async () => {
  await chmod(dir, 0o755).catch(() => undefined)
  await cleanup()
})

function systemError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated`), { code })
}

/** The real file system, except that writing file contents fails with `code` while `failing()` is true. */
function failingWrites(code: string, failing: () => boolean): FsOps {
  return {
    ...nodeFsOps,
    open: (async (...args: Parameters<typeof nodeFsOps.open>) => {
      const handle = await nodeFsOps.open(...args)
      if (!failing()) return handle
      const fail = async (): Promise<never> => { throw systemError(code) }
      return Object.assign(Object.create(Object.getPrototypeOf(handle) as object) as typeof handle, handle, {
        writeFile: fail,
        write: fail,
        close: () => handle.close(),
        stat: () => handle.stat(),
        sync: () => handle.sync(),
        datasync: () => handle.datasync(),
        truncate: (len?: number) => handle.truncate(len)
      })
    }) as FsOps['open']
  }
}

/** A folder that refuses every change, as a read-only mount does. */
function readOnlyFolder(): FsOps {
  const refuse = async (): Promise<never> => { throw systemError('EROFS') }
  return {
    ...nodeFsOps,
    open: (async (path: Parameters<typeof nodeFsOps.open>[0], flags?: Parameters<typeof nodeFsOps.open>[1]) => {
      if (flags !== undefined && flags !== 'r') return refuse()
      return nodeFsOps.open(path, flags)
    }) as FsOps['open'],
    rename: refuse,
    link: refuse,
    unlink: refuse,
    copyFile: refuse,
    mkdir: (async (path: Parameters<typeof nodeFsOps.mkdir>[0], options?: Parameters<typeof nodeFsOps.mkdir>[1]) => {
      // mkdir -p of a folder that exists succeeds even on a read-only mount.
      return nodeFsOps.mkdir(path, options)
    }) as FsOps['mkdir']
  }
}

describe('a full disk (writes fail with ENOSPC)', () => {
  it('reports a clear STORE_WRITE_FAILED, leaves the saved file intact, and saves again once space is back', async () => {
    const setup = await openEditionStore(dir)
    const edition = await setup.createEdition(META, smallPages(1))
    const other = await setup.createEdition({ ...META, newspaper: '晨报' })
    await setup.close()
    const before = await readFile(join(dir, 'editions', `${edition.id}.json`))

    let full = false
    const store = await openEditionStore(dir, { fsOps: failingWrites('ENOSPC', () => full) })
    full = true
    await expect(store.saveEdition({ ...edition, issueNumber: 'lost?' })).rejects.toMatchObject({ code: 'STORE_WRITE_FAILED', message: expect.stringMatching(/disk is full/) })
    await expect(store.appendEdit(edition.id, { kind: 'set-meta', payload: { issueNumber: 'also lost?' } })).rejects.toMatchObject({ code: 'STORE_WRITE_FAILED' })
    expect(await readFile(join(dir, 'editions', `${edition.id}.json`))).toEqual(before)
    // What memory shows is what the disk has: the failed edit is not presented as saved.
    expect((await store.getEdition(edition.id)).edition.issueNumber).toBe('101')
    expect((await store.getEdition(other.id)).edition.newspaper).toBe('晨报')
    full = false
    await store.saveEdition({ ...edition, issueNumber: 'after' })
    await store.close()
    const reopened = await openEditionStore(dir)
    expect((await reopened.getEdition(edition.id)).edition.issueNumber).toBe('after')
    expect((await reopened.getEdition(other.id)).edition.newspaper).toBe('晨报')
    await reopened.close()
  })
})

describe('a full disk at start-up', () => {
  it('opens read-only, saying the disk is full, and shows journalled edits it cannot fold in yet', async () => {
    const setup = await openEditionStore(dir)
    const edition = await setup.createEdition(META, smallPages(1))
    await setup.appendEdit(edition.id, { kind: 'set-meta', payload: { issueNumber: 'journalled' } })
    await rm(join(dir, 'galley.lock'))
    await rm(join(dir, 'catalog.json'))

    const store = await openEditionStore(dir, { fsOps: failingWrites('ENOSPC', () => true) })
    expect((await store.listEditions()).map((entry) => entry.id)).toEqual([edition.id])
    const opened = await store.getEdition(edition.id)
    expect(opened).toMatchObject({ readOnly: true, readOnlyReason: expect.stringMatching(/disk .* is full/) })
    expect(opened.edition.issueNumber).toBe('journalled')
    await expect(store.saveEdition(opened.edition)).rejects.toMatchObject({ code: 'STORE_READ_ONLY', message: expect.stringMatching(/full/) })
    await store.close()
    await expect(readFile(join(dir, 'galley.lock'))).rejects.toMatchObject({ code: 'ENOENT' })
    const later = await openEditionStore(dir)
    expect((await later.getEdition(edition.id)).edition.issueNumber).toBe('journalled')
    await later.close()
  })
})

describe('a read-only data folder', () => {
  it('opens read-only: editions can be read, every write is refused with STORE_READ_ONLY, nothing changes', async () => {
    const setup = await openEditionStore(dir)
    const edition = await setup.createEdition(META, smallPages(1))
    await setup.close()
    const before = await readFile(join(dir, 'editions', `${edition.id}.json`))

    const store = await openEditionStore(dir, { fsOps: readOnlyFolder() })
    expect((await store.listEditions()).map((entry) => entry.id)).toEqual([edition.id])
    const opened = await store.getEdition(edition.id)
    expect(opened).toMatchObject({ readOnly: true, readOnlyReason: expect.stringMatching(/cannot be written to/) })
    await expect(store.saveEdition(opened.edition)).rejects.toMatchObject({ code: 'STORE_READ_ONLY' })
    await expect(store.createEdition(META)).rejects.toMatchObject({ code: 'STORE_READ_ONLY' })
    await expect(store.saveSettings(await store.getSettings())).rejects.toMatchObject({ code: 'STORE_READ_ONLY' })
    await store.close()
    expect(await readFile(join(dir, 'editions', `${edition.id}.json`))).toEqual(before)
  })

  it.skipIf(process.getuid?.() === 0)('does the same on a real chmod 555 folder (skipped as root, which ignores permissions)', async () => {
    const setup = await openEditionStore(dir)
    const edition = await setup.createEdition(META)
    await setup.close()
    await chmod(dir, 0o555)
    const store = await openEditionStore(dir)
    expect((await store.getEdition(edition.id)).readOnly).toBe(true)
    await expect(store.saveEdition(edition)).rejects.toMatchObject({ code: 'STORE_READ_ONLY' })
    await store.close()
  })
})
