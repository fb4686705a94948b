import { cp, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openEditionStore } from '../../../src/main/storage'
import { type FsOps, nodeFsOps } from '../../../src/main/storage/fs-ops'
import { META, smallPages, tempDataDir } from './helpers'

let dir: string
let cleanup: () => Promise<void>
beforeEach(async () => ({ dir, cleanup } = await tempDataDir()))
afterEach(async () => cleanup())

describe('an edit journalled while saves are in flight', () => {
  it('survives a crash between the first save landing and the next one (the journal is not compacted past the disk)', async () => {
    const setup = await openEditionStore(dir)
    const edition = await setup.createEdition(META, smallPages(1))
    await setup.close()

    // Hold back the rename of the second edition write, so the disk sits between the two saves.
    let editionRenames = 0
    let release: () => void = () => undefined
    const gate = new Promise<void>((resolve) => { release = resolve })
    const fsOps: FsOps = {
      ...nodeFsOps,
      rename: async (from, to) => {
        if (String(to).endsWith(`${edition.id}.json`)) {
          editionRenames += 1
          if (editionRenames === 2) await gate
        }
        return nodeFsOps.rename(from, to)
      }
    }
    const store = await openEditionStore(dir, { fsOps })
    const first = store.saveEdition({ ...edition, issueNumber: 'A' })
    const edit = store.appendEdit(edition.id, { kind: 'set-meta', payload: { newspaper: '晚报' } })
    const second = store.saveEdition({ ...edition, issueNumber: 'B' })
    await Promise.all([first, edit])
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(editionRenames).toBe(2)

    // "Crash" now: copy the folder as it is on disk and open the copy.
    const snapshot = join(dir, '..', `${dir.split('/').pop() ?? 'x'}-snapshot`)
    await cp(dir, snapshot, { recursive: true })
    release()
    await second
    await store.close()
    try {
      await rm(join(snapshot, 'galley.lock'))
      const recovered = await openEditionStore(snapshot)
      const { edition: after } = await recovered.getEdition(edition.id)
      expect(after.newspaper).toBe('晚报')
      await recovered.close()
    } finally {
      await rm(snapshot, { recursive: true, force: true })
    }
  })
})
