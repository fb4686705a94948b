/**
 * Edition store benchmark (issue 4 targets). Prints one JSON document:
 *   npm run bench:store            (1,000 and 10 editions of 8 realistic pages)
 *   npm run bench:store -- --editions 200 --keep   (other size; keep the temp folders)
 * Editions are seeded by writing files in the store's own format (what the store would have
 * written, without its temp-and-rename dance), so seeding 800 MB does not take minutes; everything
 * measured goes through the real store API.
 */
import { mkdtemp, open, rename, rm, stat, writeFile } from 'node:fs/promises'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { openEditionStore } from '../src/main/storage'
import type { EditionStore } from '../src/main/storage'
import type { Edition } from '../src/shared/model/edition'
import { toCatalogEntry } from '../src/shared/store/catalog-file'
import { SCHEMA_VERSIONS } from '../src/shared/store/schema-versions'
import { makeEdition } from '../tests/fixtures/store/make-edition'

const args = process.argv.slice(2)
const large = Number(args[args.indexOf('--editions') + 1] ?? 0) || 1000
const keep = args.includes('--keep')
const SMALL = 10
const TEMPLATES = 8
const PLACEHOLDER = 'ed-template-000000'

interface Stats {
  n: number
  p50: number
  p95: number
  max: number
}

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number
  const round = (x: number): number => Math.round(x * 100) / 100
  return { n: sorted.length, p50: round(at(0.5)), p95: round(at(0.95)), max: round(sorted[sorted.length - 1] as number) }
}

async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now()
  await fn()
  return performance.now() - start
}

const templates: { edition: Edition; json: string }[] = []
for (let t = 0; t < TEMPLATES; t += 1) {
  const edition = makeEdition(PLACEHOLDER, t + 1)
  templates.push({ edition, json: JSON.stringify({ schemaVersion: SCHEMA_VERSIONS.edition, journalSeq: 0, edition }) })
}

/** Writes `count` edition files and a matching catalog.json in the store's format. */
async function seed(count: number): Promise<{ dir: string; ids: string[]; bytes: number }> {
  const dir = await mkdtemp(join(tmpdir(), `galley-bench-${count}-`))
  const editionsDir = join(dir, 'editions')
  await (await import('node:fs/promises')).mkdir(editionsDir, { recursive: true })
  const ids: string[] = []
  const entries = []
  let bytes = 0
  for (let i = 0; i < count; i += 1) {
    const id = `ed-bench-${String(i).padStart(9, '0')}`
    const template = templates[i % TEMPLATES] as (typeof templates)[number]
    const json = template.json.replace(`"id":"${PLACEHOLDER}"`, `"id":"${id}"`)
    const path = join(editionsDir, `${id}.json`)
    // fsync while seeding: 800 MB of dirty pages flushed during the measurement would slow
    // every fsync that follows and charge the store for the seeding.
    const handle = await open(path, 'w')
    await handle.writeFile(json)
    await handle.sync()
    await handle.close()
    const info = await stat(path)
    bytes += info.size
    entries.push({ ...toCatalogEntry({ ...template.edition, id }), fileSize: info.size, fileMtimeMs: info.mtimeMs })
    ids.push(id)
  }
  await writeFile(join(dir, 'catalog.json'), JSON.stringify({ schemaVersion: SCHEMA_VERSIONS.catalog, entries }))
  return { dir, ids, bytes }
}

/** One editor action: flip one article's review state, then save the whole edition. */
function edited(edition: Edition, step: number): Edition {
  const pageIndex = step % edition.pages.length
  const page = edition.pages[pageIndex] as Edition['pages'][number]
  const articles = page.analysis.articles.map((article, index) =>
    index === step % page.analysis.articles.length ? { ...article, review: (step % 2 === 0 ? 'reviewed' : 'approved') as 'reviewed' | 'approved' } : article)
  const pages = edition.pages.slice()
  pages[pageIndex] = { ...page, analysis: { ...page.analysis, articles } }
  return { ...edition, pages }
}

async function measure(count: number): Promise<Record<string, unknown>> {
  const seeded = await seed(count)
  let store: EditionStore | null = null
  const openStoreMs = await time(async () => { store = await openEditionStore(seeded.dir) })
  const s = store as unknown as EditionStore
  const firstListMs = await time(() => s.listEditions())
  const list: number[] = []
  for (let i = 0; i < 20; i += 1) list.push(await time(() => s.listEditions()))

  // Open editions never opened before in this process (spread over the folder).
  const opening: number[] = []
  const distinct = Math.min(20, seeded.ids.length)
  for (let i = 0; i < distinct; i += 1) {
    const id = seeded.ids[Math.floor((i * seeded.ids.length) / distinct)] as string
    opening.push(await time(() => s.getEdition(id)))
  }

  // Save one edit (full durable save of the edition, with a revision), round robin over 5 editions.
  const working = await Promise.all(seeded.ids.slice(0, 5).map(async (id) => (await s.getEdition(id)).edition))
  // Warm-up saves (not recorded): the first run would otherwise also measure the JIT.
  for (let i = 0; i < 20; i += 1) {
    const index = i % working.length
    working[index] = edited(working[index] as Edition, 1000 + i)
    await s.saveEdition(working[index] as Edition)
  }
  const save: number[] = []
  // CPU time of this process per save (user + system): what a save costs regardless of how
  // busy the rest of the machine is, which wall-clock p95 on a shared machine is not.
  const saveCpu: number[] = []
  for (let i = 0; i < 100; i += 1) {
    const index = i % working.length
    const next = edited(working[index] as Edition, i)
    const cpu = process.cpuUsage()
    save.push(await time(() => s.saveEdition(next)))
    const used = process.cpuUsage(cpu)
    saveCpu.push((used.user + used.system) / 1000)
    working[index] = next
  }

  // The autosave path: one journalled edit (append + fdatasync).
  const journal: number[] = []
  const target = working[0] as Edition
  for (let i = 0; i < 100; i += 1) {
    const page = target.pages[i % target.pages.length] as Edition['pages'][number]
    const article = page.analysis.articles[i % page.analysis.articles.length] as Edition['pages'][number]['analysis']['articles'][number]
    journal.push(await time(() => s.appendEdit(target.id, { kind: 'set-article-review', payload: { pageId: page.id, articleId: article.id, review: i % 2 ? 'approved' : 'reviewed' } })))
  }
  await s.close()

  // The floor: the same bytes with a plain writeFile + rename (and with fsyncs, as durable as the store).
  const bytes = Buffer.from(JSON.stringify({ schemaVersion: SCHEMA_VERSIONS.edition, journalSeq: 0, edition: working[0] }))
  const rawTarget = join(seeded.dir, 'editions', `${seeded.ids[0]}.json`)
  const raw: number[] = []
  const rawDurable: number[] = []
  for (let i = 0; i < 100; i += 1) {
    raw.push(await time(async () => {
      await writeFile(`${rawTarget}.raw`, bytes)
      await rename(`${rawTarget}.raw`, rawTarget)
    }))
    rawDurable.push(await time(async () => {
      const handle = await open(`${rawTarget}.raw`, 'w')
      await handle.writeFile(bytes)
      await handle.sync()
      await handle.close()
      await rename(`${rawTarget}.raw`, rawTarget)
      const folder = await open(join(seeded.dir, 'editions'), 'r')
      await folder.sync()
      await folder.close()
    }))
  }
  // The raw equivalents of listing and opening: read and JSON.parse the catalog / one edition file.
  const rawList: number[] = []
  for (let i = 0; i < 20; i += 1) {
    rawList.push(await time(async () => JSON.parse((await (await import('node:fs/promises')).readFile(join(seeded.dir, 'catalog.json'))).toString('utf8'))))
  }
  const rawRead: number[] = []
  for (let i = 0; i < 20; i += 1) {
    rawRead.push(await time(async () => JSON.parse((await (await import('node:fs/promises')).readFile(rawTarget)).toString('utf8'))))
  }
  if (!keep) await rm(seeded.dir, { recursive: true, force: true })
  return {
    editions: count,
    storeBytes: seeded.bytes,
    editionBytes: bytes.length,
    openStoreMs: Math.round(openStoreMs * 100) / 100,
    listEditionsFirstMs: Math.round(firstListMs * 100) / 100,
    listEditionsMs: stats(list),
    openEditionMs: stats(opening),
    saveEditMs: stats(save),
    saveEditCpuMs: stats(saveCpu),
    journalEditMs: stats(journal),
    raw: {
      writeFileRenameMs: stats(raw),
      writeFileFsyncRenameMs: stats(rawDurable),
      listReadParseMs: stats(rawList),
      openReadParseMs: stats(rawRead)
    },
    ...(keep ? { dataDir: seeded.dir } : {})
  }
}

async function main(): Promise<void> {
  const started = Date.now()
  const startLoad = loadavg()
  const small = await measure(SMALL)
  const big = await measure(large)
  const bigSave = big.saveEditMs as Stats
  const smallSave = small.saveEditMs as Stats
  const listing = (big.openStoreMs as number) + (big.listEditionsFirstMs as number)
  const result = {
    benchmark: 'store',
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpus: cpus().length,
    // Other work on the machine inflates every p95 here, the raw floor's included.
    loadAverageAtStart: startLoad.map((x) => Math.round(x * 100) / 100),
    loadAverageAtEnd: loadavg().map((x) => Math.round(x * 100) / 100),
    page: { chars: templates[0]?.edition.pages[0]?.sourceText.length, articles: templates[0]?.edition.pages[0]?.analysis.articles.length, entities: templates[0]?.edition.pages[0]?.analysis.articles.reduce((n, a) => n + a.entities.length, 0) },
    runs: { [SMALL]: small, [large]: big },
    targets: {
      listingMs: { measured: Math.round(listing * 100) / 100, limit: 200, what: 'open the store (catalog + stat scan) and list, cold', ok: listing <= 200 },
      openEditionP95Ms: { measured: (big.openEditionMs as Stats).p95, limit: 100, ok: (big.openEditionMs as Stats).p95 <= 100 },
      saveEditP95Ms: { measured: bigSave.p95, limit: 15, ok: bigSave.p95 <= 15 },
      saveGrowth: { measured: Math.round((bigSave.p95 / smallSave.p95) * 100) / 100, limit: 1.5, what: `p95 at ${large} / p95 at ${SMALL}`, ok: bigSave.p95 / smallSave.p95 <= 1.5 }
    },
    totalSeconds: Math.round((Date.now() - started) / 100) / 10
  }
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`)
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:store failed: ${error instanceof Error ? error.stack : String(error)}\n`)
  process.exit(1)
})
