import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../../src/cli/index'
import { createImportCommand, type PagePipeline } from '../../../src/cli/commands/import'
import { openEditionStore } from '../../../src/main/storage'
import { defaultUserDataDir } from '../../../src/cli/store-cli'
import { META, smallPages, tempDataDir } from './helpers'

let dir: string
let cleanup: () => Promise<void>
beforeEach(async () => ({ dir, cleanup } = await tempDataDir()))
afterEach(async () => cleanup())

async function cli(...args: string[]): Promise<{ status: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const status = await runCli(args, { out: (text) => { out += text }, err: (text) => { err += text } })
  return { status, out, err }
}

describe('galley editions / revisions / restore', () => {
  it('lists editions as a table and as JSON with ids, and shows one', async () => {
    const store = await openEditionStore(dir)
    const edition = await store.createEdition(META, smallPages(2))
    await store.close()

    const table = await cli('editions', 'list', '--data-dir', dir)
    expect(table.status).toBe(0)
    expect(table.out).toContain(edition.id)
    expect(table.out).toContain('江城日报')

    const json = await cli('editions', 'list', '--json', '--data-dir', dir)
    expect(json.status).toBe(0)
    const entries = JSON.parse(json.out) as { id: string; pageCount: number }[]
    expect(entries).toEqual([expect.objectContaining({ id: edition.id, pageCount: 2, articleCount: 6 })])

    const shown = await cli('editions', 'show', edition.id, '--data-dir', dir)
    expect(shown.out).toMatch(/page 2 {2}page-02\.txt/)
    const shownJson = await cli('editions', 'show', edition.id, '--json', '--data-dir', dir)
    expect(JSON.parse(shownJson.out).pages).toHaveLength(2)
  })

  it('lists revisions and restores one', async () => {
    const store = await openEditionStore(dir)
    const edition = await store.createEdition(META)
    await store.saveEdition({ ...edition, issueNumber: 'second' })
    await store.close()
    const listed = JSON.parse((await cli('revisions', edition.id, '--json', '--data-dir', dir)).out) as { id: string }[]
    expect(listed).toHaveLength(1)
    const restored = await cli('restore', edition.id, listed[0]!.id, '--data-dir', dir)
    expect(restored.status).toBe(0)
    const reopened = await openEditionStore(dir)
    expect((await reopened.getEdition(edition.id)).edition.issueNumber).toBe('101')
    await reopened.close()
  })

  it('says clearly that the app holds the folder (exit 3), and waits with --wait', async () => {
    const app = await openEditionStore(dir, { owner: 'app' })
    const refused = await cli('editions', 'list', '--data-dir', dir)
    expect(refused.status).toBe(3)
    expect(refused.err).toMatch(/in use by the Galley app.*--wait/)
    const waiting = cli('editions', 'list', '--json', '--wait', '--data-dir', dir)
    setTimeout(() => void app.close(), 300)
    const waited = await waiting
    expect(waited.status).toBe(0)
    expect(waited.err).toMatch(/waiting for the Galley app/)
  })

  it('reports unknown ids and bad usage with actionable messages', async () => {
    expect((await cli('editions', 'show', 'ed-nope', '--data-dir', dir))).toMatchObject({ status: 1, err: expect.stringMatching(/no edition "ed-nope"/) })
    expect((await cli('editions', 'frobnicate', '--data-dir', dir)).status).toBe(2)
    expect((await cli('restore', 'ed-1', '--data-dir', dir)).status).toBe(2)
    expect((await cli('import', 'a.txt', '--edition', 'new:报:2026-1-1', '--data-dir', dir))).toMatchObject({ status: 2, err: expect.stringMatching(/new:NEWSPAPER:YYYY-MM-DD/) })
    expect((await cli('import', '--edition', 'new:报:2026-01-01', '--data-dir', dir)).status).toBe(2)
  })

  it('finds the app data folder the way Electron names it', () => {
    expect(defaultUserDataDir('linux', {}, '/home/u')).toBe('/home/u/.config/Galley')
    expect(defaultUserDataDir('darwin', {}, '/Users/u')).toBe('/Users/u/Library/Application Support/Galley')
    expect(defaultUserDataDir('win32', { APPDATA: 'C:\\Users\\u\\AppData\\Roaming' }, 'C:\\Users\\u')).toBe(join('C:\\Users\\u\\AppData\\Roaming', 'Galley'))
  })
})

// A stand-in engine: the store side of import is what these tests check; decoding and analysis
// have their own tests (the real ones run in the last test below).
const standIn: PagePipeline = {
  readPage: async (path) => {
    const bytes = await readFile(path)
    if (bytes.length === 0) throw new Error(`${path} is empty`)
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }
  },
  analyze: (text) => ({
    articles: [{ id: 'a1', kind: 'news', kicker: null, headline: text.split('\n')[0] ?? '', subheadlines: [], reporters: [], photographers: [], dateline: null, body: text, sourceStart: 0, sourceEnd: text.length, lines: [], entities: [], review: 'auto' }],
    repairs: []
  })
}

async function importWith(...args: string[]): Promise<{ status: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const status = await createImportCommand(async () => standIn).run(args, { out: (text) => { out += text }, err: (text) => { err += text } })
  return { status, out, err }
}

describe('galley import (store side, stand-in engine)', () => {
  it('creates a new edition from page files and prints only its id, then adds pages to it by id', async () => {
    const first = join(dir, 'page-01.txt')
    const second = join(dir, 'page-02.txt')
    await writeFile(first, '市政府召开会议\n研究部署经济工作。\n')
    await writeFile(second, '第二版\n体育新闻。\n')
    const data = join(dir, 'data')
    const created = await importWith(first, '--edition', 'new:江城日报:2026-11-26', '--data-dir', data)
    expect(created.status).toBe(0)
    const id = created.out.trim()
    expect(id).toMatch(/^ed-20261126-[0-9a-f]{8}$/)
    const added = await importWith(second, '--edition', id, '--data-dir', data)
    expect(added.out.trim()).toBe(id)
    const store = await openEditionStore(data)
    const { edition } = await store.getEdition(id)
    expect(edition).toMatchObject({ newspaper: '江城日报', date: '2026-11-26' })
    expect(edition.pages.map((page) => [page.fileName, page.encoding, page.sourceText])).toEqual([
      ['page-01.txt', 'utf-8', '市政府召开会议\n研究部署经济工作。\n'],
      ['page-02.txt', 'utf-8', '第二版\n体育新闻。\n']
    ])
    await store.close()
  })

  it('changes nothing when one of the files cannot be decoded', async () => {
    const good = join(dir, 'good.txt')
    const empty = join(dir, 'empty.txt')
    await writeFile(good, '好\n')
    await writeFile(empty, '')
    const data = join(dir, 'data')
    const result = await importWith(good, empty, '--edition', 'new:江城日报:2026-11-26', '--data-dir', data)
    expect(result.status).toBe(1)
    expect(result.err).toMatch(/empty\.txt is empty/)
    expect(existsSync(join(data, 'editions'))).toBe(false)
  })

  it('refuses an unknown edition id with NOT_FOUND', async () => {
    const page = join(dir, 'p.txt')
    await writeFile(page, '好\n')
    const result = await importWith(page, '--edition', 'ed-20260101-deadbeef', '--data-dir', join(dir, 'data'))
    expect(result).toMatchObject({ status: 1, err: expect.stringMatching(/no edition "ed-20260101-deadbeef"/) })
  })
})

describe('galley import', () => {
  it('decodes, analyses and stores page files in a new edition, printing its id', async () => {
    const page = join(dir, 'page-01.txt')
    await writeFile(page, '江城日报讯 本报记者 王小明\n市政府昨日召开会议，研究部署全市经济工作。\n')
    const result = await cli('import', page, '--edition', 'new:江城日报:2026-11-26', '--data-dir', join(dir, 'data'))
    expect(result.err).not.toMatch(/galley import:/)
    expect(result.status).toBe(0)
    const id = result.out.trim()
    const store = await openEditionStore(join(dir, 'data'))
    const { edition } = await store.getEdition(id)
    expect(edition.pages).toHaveLength(1)
    expect(edition.pages[0]?.sourceText).toContain('市政府')
    await store.close()
    const again = await cli('import', page, '--edition', id, '--data-dir', join(dir, 'data'))
    expect(again.out.trim()).toBe(id)
  })
})
