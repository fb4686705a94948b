import { appendFile, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openEditionStore } from '../../../src/main/storage'
import { META, smallPages, tempDataDir } from './helpers'

let dir: string
let cleanup: () => Promise<void>
beforeEach(async () => ({ dir, cleanup } = await tempDataDir()))
afterEach(async () => cleanup())

const journalOf = (id: string): string => join(dir, 'editions', `${id}.journal`)

/** Leaves the folder as a killed process would: journal written, no save, lock of a dead process. */
async function crashAfterEdits(issueNumbers: string[]): Promise<string> {
  const store = await openEditionStore(dir)
  const { id } = await store.createEdition(META, smallPages(1))
  for (const issueNumber of issueNumbers) await store.appendEdit(id, { kind: 'set-meta', payload: { issueNumber } })
  await rm(join(dir, 'galley.lock'))
  return id
}

describe('the edit journal', () => {
  it('ignores a torn last line (the interrupted, unacknowledged write) and appends cleanly after it', async () => {
    const id = await crashAfterEdits(['1', '2'])
    await appendFile(journalOf(id), '{"v":1,"seq":3,"at":"2026-')
    const store = await openEditionStore(dir)
    expect((await store.getEdition(id)).edition.issueNumber).toBe('2')
    await store.appendEdit(id, { kind: 'set-meta', payload: { issueNumber: '3' } })
    await rm(join(dir, 'galley.lock'))
    const again = await openEditionStore(dir)
    expect((await again.getEdition(id)).edition.issueNumber).toBe('3')
    // A torn tail is what a crash leaves, not damage: nothing to report.
    expect(await again.listProblems()).toEqual([])
    await again.close()
  })

  it('skips a damaged line in the middle, replays the rest, and keeps a copy of the journal in quarantine', async () => {
    const id = await crashAfterEdits(['1', '2', '3'])
    const lines = (await readFile(journalOf(id), 'utf8')).split('\n')
    lines[1] = '{"v":1,"seq":2,"at":"garbage'
    await writeFile(journalOf(id), lines.join('\n'))
    const store = await openEditionStore(dir)
    expect((await store.getEdition(id)).edition.issueNumber).toBe('3')
    const problems = await store.listProblems()
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ editionId: id, file: `editions/${id}.journal`, reason: expect.stringMatching(/1 line\(s\) of the edit journal/) })
    await store.close()
    expect((await readdir(join(dir, 'quarantine'))).some((name) => name.endsWith(`${id}.journal`))).toBe(true)
  })

  it('folds a long journal into the edition file by itself when the renderer never saves', async () => {
    const store = await openEditionStore(dir)
    const { id } = await store.createEdition(META)
    for (let i = 1; i <= 1000; i += 1) await store.appendEdit(id, { kind: 'set-meta', payload: { issueNumber: String(i) } })
    await store.close()
    const file = JSON.parse(await readFile(join(dir, 'editions', `${id}.json`), 'utf8'))
    expect(file.journalSeq).toBe(1000)
    expect(file.edition.issueNumber).toBe('1000')
    expect(await readFile(journalOf(id), 'utf8')).toBe('')
  })
})

describe('deleting a quarantined edition', () => {
  it('moves what is left to trash and clears the problem', async () => {
    const store = await openEditionStore(dir)
    const { id } = await store.createEdition(META)
    await store.close()
    await writeFile(join(dir, 'editions', `${id}.json`), '{"schemaVersion":2,')
    const reopened = await openEditionStore(dir)
    await expect(reopened.getEdition(id)).rejects.toMatchObject({ code: 'STORE_DAMAGED' })
    expect(await reopened.listProblems()).toHaveLength(1)
    await reopened.deleteEdition(id)
    expect(await reopened.listEditions()).toEqual([])
    expect(await reopened.listProblems()).toEqual([])
    await reopened.close()
  })
})
