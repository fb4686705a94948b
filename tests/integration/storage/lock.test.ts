import { spawn, spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { readFile, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openEditionStore } from '../../../src/main/storage'
import { META, tempDataDir } from './helpers'

let dir: string
let cleanup: () => Promise<void>
beforeEach(async () => ({ dir, cleanup } = await tempDataDir()))
afterEach(async () => cleanup())

describe('the data-folder lock', () => {
  it('keeps a second process out while the first holds the folder, and lets it in with wait', async () => {
    const tsxCli = createRequire(__filename).resolve('tsx/cli')
    const child = spawn(process.execPath, [tsxCli, join(__dirname, 'hold-lock-child.ts'), dir], { stdio: ['pipe', 'pipe', 'inherit'] })
    const editionId = await new Promise<string>((resolve, reject) => {
      let out = ''
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString()
        const match = /held (\S+)\n/.exec(out)
        if (match) resolve(match[1] as string)
      })
      child.on('exit', (code) => reject(new Error(`child exited early (${code})`)))
    })
    await expect(openEditionStore(dir, { owner: 'app' })).rejects.toMatchObject({
      code: 'STORE_LOCKED',
      message: expect.stringMatching(/in use by a galley command \(process \d+ on /)
    })
    const waiting = openEditionStore(dir, { owner: 'app', wait: true, onWait: () => child.stdin.write('release\n') })
    const app = await waiting
    // What the other process wrote while it held the folder is all there.
    expect((await app.listEditions()).map((entry) => entry.id)).toEqual([editionId])
    await app.close()
  })

  it('refuses a second opener with STORE_LOCKED saying who holds it', async () => {
    const app = await openEditionStore(dir, { owner: 'app' })
    await expect(openEditionStore(dir, { owner: 'cli' })).rejects.toMatchObject({
      code: 'STORE_LOCKED',
      message: expect.stringMatching(/in use by the Galley app \(process \d+.*--wait/)
    })
    await app.close()
  })

  it('with wait, gets the folder as soon as the holder closes it', async () => {
    const app = await openEditionStore(dir, { owner: 'app' })
    const edition = await app.createEdition(META)
    let told = false
    const waiting = openEditionStore(dir, { owner: 'cli', wait: true, onWait: () => { told = true } })
    await new Promise((resolve) => setTimeout(resolve, 300))
    await app.saveEdition({ ...edition, issueNumber: 'by the app' })
    await app.close()
    const cli = await waiting
    expect(told).toBe(true)
    expect((await cli.getEdition(edition.id)).edition.issueNumber).toBe('by the app')
    await cli.close()
  })

  it('breaks a lock left by a process that died, without waiting', async () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' })
    const lock = { pid: Number(dead.stdout), host: hostname(), owner: 'app', since: '2026-01-01T00:00:00.000Z' }
    await writeFile(join(dir, 'galley.lock'), JSON.stringify(lock))
    const store = await openEditionStore(dir)
    expect(JSON.parse(await readFile(join(dir, 'galley.lock'), 'utf8')).pid).toBe(process.pid)
    await store.close()
  })

  it('respects a live process\'s lock, but not one taken before the machine booted (pid reused)', async () => {
    const live = { pid: process.ppid, host: hostname(), owner: 'cli', since: new Date().toISOString() }
    await writeFile(join(dir, 'galley.lock'), JSON.stringify(live))
    await expect(openEditionStore(dir)).rejects.toMatchObject({ code: 'STORE_LOCKED', message: expect.stringMatching(/a galley command \(process/) })
    await writeFile(join(dir, 'galley.lock'), JSON.stringify({ ...live, since: '2000-01-01T00:00:00.000Z' }))
    const store = await openEditionStore(dir)
    await store.close()
  })

  it('releases the lock on close', async () => {
    const first = await openEditionStore(dir)
    await first.close()
    const second = await openEditionStore(dir)
    await second.close()
    await expect(readFile(join(dir, 'galley.lock'))).rejects.toMatchObject({ code: 'ENOENT' })
  })
})
