// npm run bench:extract [-- --data FILE.jsonl]
//
// Speed and memory of the whole extraction engine (createEngine().analyze: normalise, segment,
// jieba, tagger, rules) over the seed-style text of every dev page, with raw jieba `tag` over the
// same texts in the same run for comparison, the model load time, peak RSS, and (in a fresh child
// process) the RSS of analysing one 1 MB page. Prints JSON.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createEngine, getJieba } from '../src/main/engine'
import { loadRecognizerWithInfo } from '../src/main/engine/load-recognizer'

const ONE_MB_FLAG = '--one-mb-page'

function dataPath(argv: readonly string[]): string {
  const i = argv.indexOf('--data')
  return i >= 0 && argv[i + 1] ? resolve(argv[i + 1]!) : process.env['GALLEY_DEV_PAGES'] ?? resolve('../shared/data/pku-1998-dev.jsonl')
}

function readTexts(path: string): string[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { seedText: string }).seedText)
}

const rssMb = (): number => Math.round(process.resourceUsage().maxRSS / 1024)

/** Child mode: analyse one page file of 1 MiB (UTF-8 bytes, as on disk) and report the peak RSS. */
function oneMbPage(path: string): void {
  const texts = readTexts(path)
  let page = ''
  for (let i = 0; Buffer.byteLength(page) < 1 << 20; i++) page += `${texts[i % texts.length]!}\n\n`
  const engine = createEngine()
  const before = rssMb()
  const started = performance.now()
  const analysis = engine.analyze(page)
  const ms = performance.now() - started
  process.stdout.write(JSON.stringify({
    characters: page.length, utf8Bytes: Buffer.byteLength(page), seconds: +(ms / 1000).toFixed(3),
    articles: analysis.articles.length, entities: analysis.articles.reduce((n, a) => n + a.entities.length, 0),
    peakRssMbBefore: before, peakRssMb: rssMb(), targetMb: 400
  }))
}

function main(): void {
  const argv = process.argv.slice(2)
  const path = dataPath(argv)
  if (argv.includes(ONE_MB_FLAG)) { oneMbPage(path); return }
  const texts = readTexts(path)
  const chars = texts.reduce((n, t) => n + t.length, 0)

  const load = loadRecognizerWithInfo()
  const engineStarted = performance.now()
  const engine = createEngine({ recognizer: load.recognizer })
  const engineMs = performance.now() - engineStarted
  const jieba = getJieba()

  // Warm-up on a few pages so both measurements run optimised code.
  for (const t of texts.slice(0, 10)) { engine.analyze(t); jieba.tag(t) }

  let started = performance.now()
  let entities = 0
  let articles = 0
  for (const t of texts) {
    const a = engine.analyze(t)
    articles += a.articles.length
    for (const art of a.articles) entities += art.entities.length
  }
  const engineSeconds = (performance.now() - started) / 1000

  started = performance.now()
  let words = 0
  for (const t of texts) words += jieba.tag(t).length
  const jiebaSeconds = (performance.now() - started) / 1000

  const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), ONE_MB_FLAG, '--data', path], { encoding: 'utf8', maxBuffer: 1 << 20 })
  const onePage: unknown = child.status === 0 ? JSON.parse(child.stdout) as unknown : { error: child.stderr.slice(-2000) }

  process.stdout.write(`${JSON.stringify({
    data: path, pages: texts.length, characters: chars,
    engine: { seconds: +engineSeconds.toFixed(3), charsPerSecond: Math.round(chars / engineSeconds), msPerPage: +(engineSeconds * 1000 / texts.length).toFixed(2), articles, entities, targetCharsPerSecond: 400_000 },
    jiebaTag: { seconds: +jiebaSeconds.toFixed(3), charsPerSecond: Math.round(chars / jiebaSeconds), words },
    engineToJiebaTimeRatio: +(engineSeconds / jiebaSeconds).toFixed(2),
    modelLoad: { ms: +load.loadMs.toFixed(1), targetMs: 500, model: load.modelPath, createEngineMs: +engineMs.toFixed(1) },
    peakRssMb: rssMb(),
    oneMbPage: onePage,
    machine: { cpus: cpus().length, node: process.version, loadAverage: loadavg().map((x) => +x.toFixed(2)), note: 'other work on this machine slows the numbers; compare engine and jieba from the same run' }
  }, null, 2)}\n`)
}

main()
