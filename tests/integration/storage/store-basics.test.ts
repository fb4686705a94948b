import { readFile, rm, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openEditionStore, resolveDataDir } from '../../../src/main/storage'
import { META, smallPages, tempDataDir } from './helpers'

let dir: string
let cleanup: () => Promise<void>
beforeEach(async () => ({ dir, cleanup } = await tempDataDir()))
afterEach(async () => cleanup())

describe('edition store: layout and round trip', () => {
  it('creates one file per edition plus a derived catalog, and lists them with counts', async () => {
    const store = await openEditionStore(dir)
    const a = await store.createEdition(META, smallPages(2))
    const b = await store.createEdition({ ...META, date: '2026-10-06' })
    await store.close()
    const names = (await readdir(join(dir, 'editions'))).filter((name) => name.endsWith('.json'))
    expect(names.sort()).toEqual([`${a.id}.json`, `${b.id}.json`].sort())
    const catalog = JSON.parse(await readFile(join(dir, 'catalog.json'), 'utf8'))
    expect(catalog.schemaVersion).toBe(1)
    const reopened = await openEditionStore(dir)
    const list = await reopened.listEditions()
    expect(list.map((entry) => entry.id)).toEqual([b.id, a.id])
    const entryA = list.find((entry) => entry.id === a.id)
    expect(entryA).toMatchObject({ pageCount: 2, articleCount: 6, reviewProgress: { auto: 6, reviewed: 0, approved: 0 } })
    expect((await reopened.getEdition(a.id)).edition.pages).toEqual(a.pages)
    await reopened.close()
  })

  it('rebuilds a missing catalog from the edition files', async () => {
    const store = await openEditionStore(dir)
    const a = await store.createEdition(META, smallPages(1))
    await store.close()
    await rm(join(dir, 'catalog.json'))
    const reopened = await openEditionStore(dir)
    expect((await reopened.listEditions()).map((entry) => entry.id)).toEqual([a.id])
    await reopened.close()
  })

  it('notices an edition file changed behind a stale catalog (crash before the deferred catalog write)', async () => {
    const store = await openEditionStore(dir)
    const a = await store.createEdition(META, smallPages(1))
    await store.close()
    const stale = await readFile(join(dir, 'catalog.json'))
    const again = await openEditionStore(dir)
    await again.saveEdition({ ...a, newspaper: '新报' })
    await again.close()
    await (await import('node:fs/promises')).writeFile(join(dir, 'catalog.json'), stale)
    const reopened = await openEditionStore(dir)
    expect((await reopened.listEditions())[0]?.newspaper).toBe('新报')
    await reopened.close()
  })

  it('replays journalled edits on open when the process died before any save', async () => {
    const store = await openEditionStore(dir)
    const edition = await store.createEdition(META, smallPages(1))
    const article = edition.pages[0]?.analysis.articles[0]
    if (!article) throw new Error('fixture has no article')
    await store.appendEdit(edition.id, { kind: 'set-article-review', payload: { pageId: 'page-1', articleId: article.id, review: 'approved' } })
    await store.appendEdit(edition.id, { kind: 'set-meta', payload: { issueNumber: '102' } })
    // Simulate a crash: no close(); the lock of a dead process would be stale, remove it.
    await rm(join(dir, 'galley.lock'))
    const reopened = await openEditionStore(dir)
    const opened = await reopened.getEdition(edition.id)
    expect(opened.edition.issueNumber).toBe('102')
    expect(opened.edition.pages[0]?.analysis.articles[0]?.review).toBe('approved')
    expect((await reopened.listEditions())[0]?.reviewProgress.approved).toBe(1)
    // Replay folded the journal into the file, so the journal is empty now.
    await reopened.close()
    expect((await readFile(join(dir, 'editions', `${edition.id}.journal`), 'utf8'))).toBe('')
    await store.close().catch(() => undefined)
  })

  it('a full save supersedes earlier journal edits and keeps later ones', async () => {
    const store = await openEditionStore(dir)
    const edition = await store.createEdition(META)
    await store.appendEdit(edition.id, { kind: 'set-meta', payload: { issueNumber: 'journal-1' } })
    await store.saveEdition({ ...edition, issueNumber: 'saved' })
    await store.appendEdit(edition.id, { kind: 'set-meta', payload: { newspaper: '晚报' } })
    await rm(join(dir, 'galley.lock'))
    const reopened = await openEditionStore(dir)
    const { edition: after } = await reopened.getEdition(edition.id)
    expect(after.issueNumber).toBe('saved')
    expect(after.newspaper).toBe('晚报')
    await reopened.close()
  })

  it('rejects an edit that refers to a page the edition does not have, writing nothing', async () => {
    const store = await openEditionStore(dir)
    const edition = await store.createEdition(META)
    await expect(store.appendEdit(edition.id, { kind: 'remove-page', payload: { pageId: 'nope' } })).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    await expect(store.getEdition('no-such-edition')).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(store.getEdition('../etc/passwd')).rejects.toMatchObject({ code: 'INVALID_INPUT' })
    await store.close()
  })

  it('coalesces a burst of saves into fewer writes and ends with the last state', async () => {
    const store = await openEditionStore(dir)
    const edition = await store.createEdition(META, smallPages(1))
    const saves = Array.from({ length: 20 }, (_, i) => store.saveEdition({ ...edition, issueNumber: `n${i}` }))
    await Promise.all(saves)
    await store.close()
    const file = JSON.parse(await readFile(join(dir, 'editions', `${edition.id}.json`), 'utf8'))
    expect(file.edition.issueNumber).toBe('n19')
    const revisions = await readdir(join(dir, 'editions', `${edition.id}.history`))
    expect(revisions.length).toBeLessThan(20)
  })

  it('deletes an edition into trash/, recoverable, and drops it from the list', async () => {
    const store = await openEditionStore(dir)
    const edition = await store.createEdition(META, smallPages(1))
    await store.saveEdition({ ...edition, issueNumber: '2' })
    await store.deleteEdition(edition.id)
    expect(await store.listEditions()).toEqual([])
    await expect(store.getEdition(edition.id)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await store.close()
    const [trashed] = await readdir(join(dir, 'trash'))
    const kept = await readdir(join(dir, 'trash', trashed as string))
    expect(kept).toContain(`${edition.id}.json`)
    expect(kept).toContain(`${edition.id}.history`)
  })

  it('keeps lexicon and settings in their own files with defaults', async () => {
    const store = await openEditionStore(dir)
    expect((await store.getSettings()).revisions.keepLast).toBe(50)
    await store.saveSettings({ ...(await store.getSettings()), locale: 'en' })
    await store.saveLexicon({ entries: [{ id: 'l1', text: '江城', type: 'PLACE', aliases: [], note: null, addedAt: '2026-11-01T00:00:00.000Z' }] })
    await store.close()
    const reopened = await openEditionStore(dir)
    expect((await reopened.getSettings()).locale).toBe('en')
    expect((await reopened.getLexicon()).entries[0]?.text).toBe('江城')
    await reopened.close()
    expect(JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8')).schemaVersion).toBe(1)
  })

  it('keeps parallel, unawaited edits in call order and replays them all after a crash', async () => {
    const store = await openEditionStore(dir)
    const edition = await store.createEdition(META)
    await Promise.all(Array.from({ length: 50 }, (_, i) => store.appendEdit(edition.id, { kind: 'set-meta', payload: { issueNumber: String(i + 1) } })))
    expect((await store.getEdition(edition.id)).edition.issueNumber).toBe('50')
    await rm(join(dir, 'galley.lock'))
    const reopened = await openEditionStore(dir)
    expect((await reopened.getEdition(edition.id)).edition.issueNumber).toBe('50')
    await reopened.close()
  })

  it('refuses every call after close with STORE_CLOSED', async () => {
    const store = await openEditionStore(dir)
    await store.close()
    await expect(store.listEditions()).rejects.toMatchObject({ code: 'STORE_CLOSED' })
    await expect(store.createEdition(META)).rejects.toMatchObject({ code: 'STORE_CLOSED' })
    await store.close()
  })

  it('resolves the data folder: GALLEY_DATA_DIR wins over the user data folder', () => {
    expect(resolveDataDir({ GALLEY_DATA_DIR: '/srv/galley' }, '/home/u/.config/Galley')).toBe('/srv/galley')
    expect(resolveDataDir({}, '/home/u/.config/Galley')).toBe(join('/home/u/.config/Galley', 'data'))
  })
})
