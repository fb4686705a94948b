import { copyFile, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openEditionStore } from '../../../src/main/storage'
import { META, smallPages, tempDataDir } from './helpers'

let dir: string
let cleanup: () => Promise<void>
beforeEach(async () => ({ dir, cleanup } = await tempDataDir()))
afterEach(async () => cleanup())

describe('revisions', () => {
  it('keeps the previous version at each save, prunes to the last 50, and lists them newest first', async () => {
    const store = await openEditionStore(dir)
    const edition = await store.createEdition(META, smallPages(1))
    for (let i = 1; i <= 63; i += 1) await store.saveEdition({ ...edition, issueNumber: `v${i}` })
    await store.close()
    const reopened = await openEditionStore(dir)
    const revisions = await reopened.listRevisions(edition.id)
    expect(revisions).toHaveLength(50)
    expect(revisions[0]!.savedAt > revisions[49]!.savedAt).toBe(true)
    // The newest revision is the state just before the current one.
    const restored = await reopened.restoreRevision(edition.id, revisions[0]!.id)
    expect(restored.issueNumber).toBe('v62')
    expect((await reopened.getEdition(edition.id)).edition.issueNumber).toBe('v62')
    // Restoring is itself undoable: the state it replaced (v60) is now a revision.
    const after = await reopened.listRevisions(edition.id)
    const newest = await reopened.restoreRevision(edition.id, after[0]!.id)
    expect(newest.issueNumber).toBe('v63')
    await reopened.close()
  })

  it('answers NOT_FOUND for an unknown revision', async () => {
    const store = await openEditionStore(dir)
    const edition = await store.createEdition(META)
    await expect(store.restoreRevision(edition.id, '20260101T000000000Z-abcdef')).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(store.restoreRevision(edition.id, '../../catalog')).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await store.close()
  })
})

describe('migration of an old edition file', () => {
  it('backs up the v1 file byte for byte, then rewrites it at the current version', async () => {
    const fixture = join(__dirname, '../../fixtures/store/edition-v1.json')
    const store = await openEditionStore(dir)
    await store.close()
    await copyFile(fixture, join(dir, 'editions', 'ed-20260301-legacy01.json'))

    const reopened = await openEditionStore(dir)
    expect((await reopened.listEditions()).map((entry) => entry.id)).toEqual(['ed-20260301-legacy01'])
    const opened = await reopened.getEdition('ed-20260301-legacy01')
    expect(opened.readOnly).toBe(false)
    expect(opened.edition.issueNumber).toBe('88')
    await reopened.close()
    const [backup] = await readdir(join(dir, 'backups'))
    expect(backup).toMatch(/editions-ed-20260301-legacy01\.v1\.json$/)
    expect(await readFile(join(dir, 'backups', backup!))).toEqual(await readFile(fixture))
    const rewritten = JSON.parse(await readFile(join(dir, 'editions', 'ed-20260301-legacy01.json'), 'utf8'))
    expect(rewritten).toMatchObject({ schemaVersion: 2, journalSeq: 0 })
  })
})
