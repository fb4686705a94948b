import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openEditionStore } from '../../../src/main/storage'
import type { Edition } from '../../../src/shared/model/edition'
import { META, smallPages, tempDataDir } from './helpers'

let dir: string
let cleanup: () => Promise<void>
beforeEach(async () => ({ dir, cleanup } = await tempDataDir()))
afterEach(async () => cleanup())

/** Two editions, the first saved twice so it has a good revision. */
async function twoEditions(): Promise<{ victim: Edition; bystander: Edition }> {
  const store = await openEditionStore(dir)
  const victim = await store.createEdition(META, smallPages(1))
  await store.saveEdition({ ...victim, issueNumber: 'second' })
  const bystander = await store.createEdition({ ...META, newspaper: '晨报' }, smallPages(1, 2))
  await store.close()
  return { victim, bystander }
}

const editionFile = (id: string): string => join(dir, 'editions', `${id}.json`)

const DAMAGE: ReadonlyArray<[string, (bytes: Buffer) => Buffer, RegExp]> = [
  ['truncated JSON', (bytes) => bytes.subarray(0, Math.floor(bytes.length / 2)), /not valid JSON/],
  ['invalid UTF-8', (bytes) => Buffer.concat([bytes.subarray(0, 40), Buffer.from([0xff, 0xfe, 0xc3]), bytes.subarray(43)]), /not valid UTF-8/],
  ['valid JSON of the wrong shape', () => Buffer.from(JSON.stringify({ schemaVersion: 2, journalSeq: 0, edition: { pages: 'nope' } })), /does not match the edition schema/],
  ['an empty file', () => Buffer.alloc(0), /empty/]
]

describe('damaged edition files', () => {
  for (const [label, damage, reason] of DAMAGE) {
    it(`quarantines ${label} with the reason, offers the last good revision, and leaves other editions working`, async () => {
      const { victim, bystander } = await twoEditions()
      const original = await readFile(editionFile(victim.id))
      const damaged = damage(original)
      await writeFile(editionFile(victim.id), damaged)

      const store = await openEditionStore(dir)
      await expect(store.getEdition(victim.id)).rejects.toMatchObject({ code: 'STORE_DAMAGED', message: expect.stringMatching(reason) })
      // The damaged bytes are kept, next to a reason file.
      const quarantined = await readdir(join(dir, 'quarantine'))
      const kept = quarantined.find((name) => name.endsWith(`${victim.id}.json`))
      expect(kept).toBeDefined()
      expect(await readFile(join(dir, 'quarantine', kept as string))).toEqual(damaged)
      const problems = await store.listProblems()
      expect(problems).toHaveLength(1)
      expect(problems[0]).toMatchObject({ editionId: victim.id, kind: 'quarantined', file: `editions/${victim.id}.json` })
      expect(problems[0]?.reason).toMatch(reason)
      expect(problems[0]?.lastGoodRevision).toMatch(/^\d{8}T\d{9}Z-/)
      // Every other edition keeps working, reads and writes.
      expect((await store.getEdition(bystander.id)).edition.newspaper).toBe('晨报')
      await store.saveEdition({ ...bystander, issueNumber: 'still fine' })
      // The edition stays listed so the editor can act on it; the same error on a second open.
      expect((await store.listEditions()).map((entry) => entry.id)).toContain(victim.id)
      await expect(store.getEdition(victim.id)).rejects.toMatchObject({ code: 'STORE_DAMAGED' })
      // Restoring the offered revision brings the edition back and clears the problem.
      const restored = await store.restoreRevision(victim.id, problems[0]?.lastGoodRevision as string)
      expect(restored.pages).toEqual(victim.pages)
      expect((await store.getEdition(victim.id)).edition.id).toBe(victim.id)
      expect(await store.listProblems()).toEqual([])
      await store.close()
    })
  }

  it('opens an edition from a newer schemaVersion read-only and never overwrites it', async () => {
    const { victim, bystander } = await twoEditions()
    const file = JSON.parse(await readFile(editionFile(victim.id), 'utf8'))
    const newer = Buffer.from(JSON.stringify({ ...file, schemaVersion: 99, somethingNew: { x: 1 } }))
    await writeFile(editionFile(victim.id), newer)

    const store = await openEditionStore(dir)
    const opened = await store.getEdition(victim.id)
    expect(opened.readOnly).toBe(true)
    expect(opened.readOnlyReason).toMatch(/newer version of Galley/)
    await expect(store.saveEdition(opened.edition)).rejects.toMatchObject({ code: 'STORE_NEWER_VERSION' })
    await expect(store.appendEdit(victim.id, { kind: 'set-meta', payload: { issueNumber: 'x' } })).rejects.toMatchObject({ code: 'STORE_NEWER_VERSION' })
    expect((await store.listProblems()).map((problem) => problem.kind)).toEqual(['newer-version'])
    await store.saveEdition({ ...bystander, issueNumber: 'ok' })
    await store.close()
    expect(await readFile(editionFile(victim.id))).toEqual(newer)
  })

  it('refuses a newer edition it cannot even read, leaving the file in place', async () => {
    const { victim } = await twoEditions()
    const newer = Buffer.from(JSON.stringify({ schemaVersion: 3, document: { restructured: true } }))
    await writeFile(editionFile(victim.id), newer)
    const store = await openEditionStore(dir)
    await expect(store.getEdition(victim.id)).rejects.toMatchObject({ code: 'STORE_NEWER_VERSION' })
    await store.close()
    expect(await readFile(editionFile(victim.id))).toEqual(newer)
  })

  it('sets a damaged catalog aside and rebuilds it from the edition files', async () => {
    const { victim, bystander } = await twoEditions()
    await writeFile(join(dir, 'catalog.json'), '{"schemaVersion":1,"entries":[{"id":')
    const store = await openEditionStore(dir)
    expect((await store.listEditions()).map((entry) => entry.id).sort()).toEqual([victim.id, bystander.id].sort())
    await store.close()
    expect((await readdir(join(dir, 'quarantine'))).some((name) => name.endsWith('catalog.json'))).toBe(true)
  })

  it('keeps newer settings read-only and a damaged lexicon in quarantine, starting it empty', async () => {
    await twoEditions()
    const newerSettings = JSON.stringify({ schemaVersion: 5, settings: { locale: 'en' } })
    await writeFile(join(dir, 'settings.json'), newerSettings)
    await writeFile(join(dir, 'lexicon.json'), '{"schemaVersion":1,"lexicon":{"entries":[{"id"')
    const store = await openEditionStore(dir)
    expect((await store.getSettings()).locale).toBe('en')
    await expect(store.saveSettings(await store.getSettings())).rejects.toMatchObject({ code: 'STORE_NEWER_VERSION' })
    expect((await store.getLexicon()).entries).toEqual([])
    const problems = await store.listProblems()
    expect(problems.map((problem) => problem.file).sort()).toEqual(['lexicon.json', 'settings.json'])
    await store.close()
    expect(await readFile(join(dir, 'settings.json'), 'utf8')).toBe(newerSettings)
  })
})
