import { spawn } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openEditionStore } from '../../../src/main/storage'
import { parseStoredBytes } from '../../../src/main/storage/read-stored-file'
import { journalRecordSchema } from '../../../src/shared/store/journal-edit'
import { META, smallPages } from './helpers'

// 200 kills in total, in parallel lanes (one data folder each) to keep the wall time down. Even
// lanes await every operation; odd lanes let full saves overlap the journal appends.
const LANES = 4
const KILLS_PER_LANE = 50

let workDir: string
let childScript: string

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'galley-sigkill-'))
  // Bundle the child once so each of the 200 starts costs a plain `node` start, not a TS compile.
  childScript = join(workDir, 'crash-child.mjs')
  await build({
    entryPoints: [join(__dirname, 'crash-child.ts')],
    outfile: childScript,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" }
  })
})
afterAll(async () => rm(workDir, { recursive: true, force: true }))

interface ChildRun {
  readonly lastTry: number
  readonly lastAck: number
  readonly stderr: string
}

/** Starts a saving child and SIGKILLs it at a random moment: during start-up (and its replay) or mid-loop. */
function runAndKill(dataDir: string, editionId: string, start: number, mode: string, random: () => number): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, dataDir, editionId, String(start), mode], { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let stderr = ''
    let timer: NodeJS.Timeout | null = null
    const kill = (): void => { child.kill('SIGKILL') }
    const duringStartUp = random() < 0.2
    if (duringStartUp) timer = setTimeout(kill, random() * 120)
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      if (!timer && out.includes('ready\n')) timer = setTimeout(kill, 5 + random() * 60)
    })
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString() })
    const safety = setTimeout(kill, 10_000)
    child.on('error', reject)
    child.on('exit', () => {
      clearTimeout(safety)
      if (timer) clearTimeout(timer)
      const numbers = (prefix: string): number => Math.max(start, ...[...out.matchAll(new RegExp(`^${prefix} (\\d+)$`, 'gm'))].map((m) => Number(m[1])))
      resolve({ lastTry: numbers('try'), lastAck: numbers('ack'), stderr })
    })
  })
}

/** Every stored file must parse; a journal may end in one torn line at most. */
async function assertEveryFileParses(dataDir: string, editionId: string): Promise<void> {
  const editions = join(dataDir, 'editions')
  const edition = parseStoredBytes('edition', await readFile(join(editions, `${editionId}.json`)))
  expect(edition.status, 'edition file').toBe('ok')
  const catalog = await readFile(join(dataDir, 'catalog.json')).catch(() => null)
  if (catalog) expect(parseStoredBytes('catalog', catalog).status, 'catalog.json').toBe('ok')
  // Revisions must parse; a temp file a killed writer left behind is not a revision (removed at the next open).
  for (const name of (await readdir(join(editions, `${editionId}.history`)).catch(() => [])).filter((n) => !n.endsWith('.tmp'))) {
    expect(parseStoredBytes('edition', await readFile(join(editions, `${editionId}.history`, name))).status, name).toBe('ok')
  }
  const journal = await readFile(join(editions, `${editionId}.journal`), 'utf8').catch(() => '')
  const lines = journal.split('\n')
  const complete = lines.slice(0, -1)
  for (const line of complete) expect(() => journalRecordSchema.parse(JSON.parse(line)), 'journal line').not.toThrow()
}

function xorshift(seed: number): () => number {
  let state = seed
  return () => {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    return (state >>> 0) / 4294967296
  }
}

async function lane(index: number): Promise<{ kills: number; acked: number }> {
  const dataDir = await mkdtemp(join(workDir, `lane-${index}-`))
  const setup = await openEditionStore(dataDir)
  const { id } = await setup.createEdition(META, smallPages(2))
  await setup.saveEdition({ ...(await setup.getEdition(id)).edition, issueNumber: '0' })
  await setup.close()
  const random = xorshift(0x9e3779b9 ^ (index + 1) * 7919)
  let value = 0
  let acked = 0
  for (let kill = 0; kill < KILLS_PER_LANE; kill += 1) {
    const run = await runAndKill(dataDir, id, value, index % 2 === 0 ? 'sequential' : 'overlapping', random)
    expect(run.stderr, `child stderr after kill ${kill}`).toBe('')
    acked += run.lastAck - value
    await assertEveryFileParses(dataDir, id)
    // Opening replays the journal: nothing acknowledged may be missing, nothing never tried may appear.
    const store = await openEditionStore(dataDir)
    const recovered = Number((await store.getEdition(id)).edition.issueNumber)
    await store.close()
    expect(recovered, `lane ${index} kill ${kill}: acked ${run.lastAck}, tried ${run.lastTry}`).toBeGreaterThanOrEqual(run.lastAck)
    expect(recovered).toBeLessThanOrEqual(run.lastTry)
    expect((await readdir(join(dataDir, 'editions'))).filter((name) => name.endsWith('.tmp'))).toEqual([])
    expect((await readdir(join(dataDir, 'editions', `${id}.history`)).catch(() => [])).filter((name) => name.endsWith('.tmp'))).toEqual([])
    value = recovered
  }
  return { kills: KILLS_PER_LANE, acked }
}

describe('crash safety under SIGKILL', () => {
  it(`loses no acknowledged edit over ${LANES * KILLS_PER_LANE} kills of a process saving in a loop`, async () => {
    // allSettled: a failing lane must not leave the others running after the folder is removed.
    const settled = await Promise.allSettled(Array.from({ length: LANES }, (_, i) => lane(i)))
    const failed = settled.find((result): result is PromiseRejectedResult => result.status === 'rejected')
    if (failed) throw failed.reason
    const results = settled.map((result) => (result as PromiseFulfilledResult<{ kills: number; acked: number }>).value)
    expect(results.reduce((sum, r) => sum + r.kills, 0)).toBe(200)
    // The kills must land while work is being acknowledged, or the test proves nothing.
    expect(results.reduce((sum, r) => sum + r.acked, 0)).toBeGreaterThan(200)
  }, 180_000)
})
