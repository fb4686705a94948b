// npm run eval [-- --data FILE.jsonl] [--fold-models DIR_A,DIR_B] [--epochs 12] [--bits 17] [--ensemble 3] [--variant seed|clean|both] [--no-abbreviated-bodies]
//
// Scores the extraction engine on the annotated dev pages, seed-style variant, strictly (span +
// type on source offsets) the way ../shared/tools/score-extraction.mjs does, and prints JSON.
// Entities are cross-validated: a model trained on pages 1-120 tags pages 121-179 and a model
// trained on 121-179 tags 1-120, so no page is scored by a model that saw it. Fold models come
// from --fold-models (folders written by `galley train`) or are trained here and cached in the
// system temp folder. Predictions are also written as JSONL and scored by the official scorer.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { Jieba } from '@node-rs/jieba'
import { dict } from '@node-rs/jieba/dict'
import { corpusExamples, type CorpusPage, type CorpusVariant } from '../src/core/learn/corpus-examples'
import { FEATURE_VERSION, deserialiseModel, serialiseModel, type ModelBundle } from '../src/core/learn/model-format'
import { trainTagger, type TrainingExample } from '../src/core/learn/train-tagger'
import type { EntityRecognizer, WordTagger } from '../src/core/model/ports'
import { loadLexicon } from '../src/core/tag/lexicon'
import { createEntityRecognizer } from '../src/core/tag/recognizer'
import { normalise, toSourceSpan } from '../src/core/text'

interface Args { data: string; foldModels: string[] | null; epochs: number; bits: number; ensemble: number; variant: CorpusVariant; scorer: string; abbreviatedBodies: boolean }

function parseArgs(argv: readonly string[]): Args {
  const args: Args = {
    data: process.env['GALLEY_DEV_PAGES'] ?? resolve('../shared/data/pku-1998-dev.jsonl'),
    foldModels: null, epochs: 12, bits: 17, ensemble: 3, variant: 'seed', scorer: resolve('../shared/tools/score-extraction.mjs'), abbreviatedBodies: true
  }
  for (let i = 0; i < argv.length; i++) {
    const v = argv[i + 1]
    if (argv[i] === '--data' && v) { args.data = resolve(v); i++ }
    else if (argv[i] === '--fold-models' && v) { args.foldModels = v.split(','); i++ }
    else if (argv[i] === '--epochs' && v) { args.epochs = Number(v); i++ }
    else if (argv[i] === '--bits' && v) { args.bits = Number(v); i++ }
    else if (argv[i] === '--ensemble' && v) { args.ensemble = Number(v); i++ }
    else if (argv[i] === '--variant' && v) { args.variant = v as CorpusVariant; i++ }
    else if (argv[i] === '--scorer' && v) { args.scorer = resolve(v); i++ }
    // Measures the cost of tagging bare government bodies (区委, 省政府), which the corpus never tags.
    else if (argv[i] === '--no-abbreviated-bodies') args.abbreviatedBodies = false
    else throw new Error(`eval: unknown or incomplete option ${argv[i]}`)
  }
  return args
}

interface GoldPage extends CorpusPage {
  readonly id: string
  readonly seedText: string
  readonly seedArticles: ReadonlyArray<{ start: number; end: number }>
  readonly seedEntities: ReadonlyArray<{ start: number; end: number; type: string }>
}

interface PredictedPage {
  articles: Array<{ sourceStart: number; sourceEnd: number; entities: Array<{ type: string; sourceStart: number; sourceEnd: number }> }>
}

type Analyse = (source: string, wordTagger: WordTagger, recognizer: EntityRecognizer) => PredictedPage

/** The full engine (helper A's analyzePage) when it is there; else the recognizer over the whole page as one article. */
async function pipeline(): Promise<{ name: string; analyse: Analyse }> {
  const enginePath = '../src/core/analyze'
  try {
    const mod = (await import(enginePath)) as { analyzePage?: (source: string, deps: { wordTagger: WordTagger; recognizer: EntityRecognizer }) => PredictedPage }
    if (typeof mod.analyzePage === 'function') {
      const analyzePage = mod.analyzePage
      return { name: 'engine (src/core/analyze.ts analyzePage: normalise, segment, jieba, tagger, rules)', analyse: (s, w, r) => analyzePage(s, { wordTagger: w, recognizer: r }) }
    }
  } catch { /* engine not built yet */ }
  return {
    name: 'recognizer only (normalise, jieba, tagger, rules; the whole page as one article: no segmentation)',
    analyse: (source, w, r) => {
      const n = normalise(source)
      const entities = r.recognize(n.text, w(n.text)).map((e) => ({ type: e.type, ...toSourceSpan(n, e.start, e.end) }))
      return { articles: [{ sourceStart: 0, sourceEnd: source.length, entities }] }
    }
  }
}

const TYPES = ['PERSON', 'PLACE', 'ORG', 'TIME'] as const
interface Counts { tp: number; fp: number; fn: number }
const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 })
const prf = ({ tp, fp, fn }: Counts): { p: number; r: number; f1: number } => {
  const p = tp / (tp + fp || 1)
  const r = tp / (tp + fn || 1)
  return { p: +p.toFixed(4), r: +r.toFixed(4), f1: +(2 * p * r / (p + r || 1)).toFixed(4) }
}

/** The same computation as score-extraction.mjs, on one page, added into `c`. */
function scorePage(gold: GoldPage, pred: PredictedPage, c: Record<string, Counts>): void {
  const text = gold.seedText
  const gap = (a: number, b: number): boolean => /^\s*$/.test(text.slice(Math.min(a, b), Math.max(a, b)))
  const gs = gold.seedArticles.map((a) => a.start).slice(1)
  const ps = pred.articles.map((a) => a.sourceStart).sort((x, y) => x - y).slice(1)
  const used = new Set<number>()
  for (const s of ps) {
    const k = gs.findIndex((x, j) => !used.has(j) && gap(x, s))
    if (k >= 0) { used.add(k); c['boundary']!.tp++ } else c['boundary']!.fp++
  }
  c['boundary']!.fn += gs.length - used.size
  const key = (t: string, s: number, e: number): string => `${t}:${s}:${e}`
  const ge = new Set(gold.seedEntities.filter((e) => (TYPES as readonly string[]).includes(e.type)).map((e) => key(e.type, e.start, e.end)))
  const pe = new Set<string>()
  for (const a of pred.articles) for (const e of a.entities) if ((TYPES as readonly string[]).includes(e.type)) pe.add(key(e.type, e.sourceStart, e.sourceEnd))
  for (const k of pe) c[k.split(':')[0]!]![ge.has(k) ? 'tp' : 'fp']++
  for (const k of ge) if (!pe.has(k)) c[k.split(':')[0]!]!.fn++
}

function summarise(c: Record<string, Counts>): Record<string, unknown> {
  const micro = TYPES.reduce((a, t) => ({ tp: a.tp + c[t]!.tp, fp: a.fp + c[t]!.fp, fn: a.fn + c[t]!.fn }), zero())
  return { boundaries: prf(c['boundary']!), entities: { micro: prf(micro), ...Object.fromEntries(TYPES.map((t) => [t, prf(c[t]!)])) } }
}

/** A fold model: given folder, else cached, else trained now (and cached). */
function foldModel(args: Args, pages: readonly GoldPage[], train: readonly number[], label: string, dir: string | undefined, tagWords: WordTagger): { bundle: Omit<ModelBundle, 'meta'>; source: string } {
  const read = (path: string): Omit<ModelBundle, 'meta'> => {
    const loaded = deserialiseModel(readFileSync(path))
    if (!loaded.ok) throw new Error(`${path}: ${loaded.message}`)
    return loaded.bundle
  }
  if (dir) return { bundle: read(join(dir, 'tagger.bin')), source: `${join(dir, 'tagger.bin')} (given)` }
  const stat = statSync(args.data)
  const hash = createHash('sha1').update(JSON.stringify([args.data, stat.size, stat.mtimeMs, label, args.epochs, args.bits, args.variant, FEATURE_VERSION, readFileSync(resolve('src/core/tag/features.ts')), args.ensemble])).digest('hex').slice(0, 12)
  const cacheDir = join(tmpdir(), 'galley-eval-models')
  const path = join(cacheDir, `tagger-${label}-${hash}.bin`)
  if (existsSync(path)) return { bundle: read(path), source: `${path} (cached)` }
  const examples: TrainingExample[] = []
  for (const i of train) {
    const r = corpusExamples(pages[i]!, args.variant, tagWords, i)
    if (!r.ok) throw new Error(r.message)
    examples.push(...r.examples)
  }
  const started = Date.now()
  process.stderr.write(`eval: training the fold model on pages ${label} (${args.variant}, ${args.epochs} epochs, 2^${args.bits} rows, ${args.ensemble} averaged)…\n`)
  const trained = trainTagger(examples, { bits: args.bits, epochs: args.epochs, ensemble: args.ensemble })
  mkdirSync(cacheDir, { recursive: true })
  writeFileSync(path, serialiseModel({ ...trained, meta: { pages: label, variant: args.variant, epochs: args.epochs, bits: args.bits, ensemble: args.ensemble } }))
  return { bundle: trained, source: `${path} (trained now in ${Math.round((Date.now() - started) / 1000)} s)` }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2))
  const pages = readFileSync(args.data, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as GoldPage)
  const jieba = Jieba.withDict(dict)
  const tagWords: WordTagger = (text) => jieba.tag(text)
  const builtIn = loadLexicon(JSON.parse(readFileSync(resolve('resources/models/builtin-lexicon.json'), 'utf8')) as unknown)
  if (!builtIn.ok) throw new Error(builtIn.message)
  const { name, analyse } = await pipeline()
  const half = pages.length > 120 ? 120 : Math.floor(pages.length * 2 / 3)
  const range = (a: number, b: number): number[] => Array.from({ length: b - a }, (_, i) => a + i)
  const folds = [
    { train: range(0, half), test: range(half, pages.length), label: `1-${half}` },
    { train: range(half, pages.length), test: range(0, half), label: `${half + 1}-${pages.length}` }
  ]
  const predictions: PredictedPage[] = new Array(pages.length)
  const total: Record<string, Counts> = { boundary: zero(), ...Object.fromEntries(TYPES.map((t) => [t, zero()])) }
  const perFold: unknown[] = []
  let chars = 0
  let seconds = 0
  for (const [f, fold] of folds.entries()) {
    const { bundle, source } = foldModel(args, pages, fold.train, fold.label, args.foldModels?.[f], tagWords)
    const recognizer = createEntityRecognizer({ model: bundle.model, gazetteer: bundle.gazetteer, builtInLexicon: builtIn.lexicon, abbreviatedBodies: args.abbreviatedBodies })
    const counts: Record<string, Counts> = { boundary: zero(), ...Object.fromEntries(TYPES.map((t) => [t, zero()])) }
    for (const i of fold.test) {
      const page = pages[i]!
      const started = performance.now()
      const pred = analyse(page.seedText, tagWords, recognizer)
      seconds += (performance.now() - started) / 1000
      chars += page.seedText.length
      predictions[i] = pred
      scorePage(page, pred, counts)
      scorePage(page, pred, total)
    }
    perFold.push({ trainedOn: `pages ${fold.label}`, scoredOn: `pages ${fold.test[0]! + 1}-${fold.test[fold.test.length - 1]! + 1}`, model: source, ...summarise(counts) })
  }
  // The official scorer on the same predictions.
  const outDir = join(tmpdir(), 'galley-eval')
  mkdirSync(outDir, { recursive: true })
  const predPath = join(outDir, 'predictions.jsonl')
  writeFileSync(predPath, predictions.map((p) => JSON.stringify(p)).join('\n') + '\n')
  let official: unknown = `scorer not found at ${args.scorer}`
  if (existsSync(args.scorer)) {
    const run = spawnSync(process.execPath, [args.scorer, args.data, predPath, '--json'], { encoding: 'utf8' })
    official = run.status === 0 ? JSON.parse(run.stdout) as unknown : `scorer failed: ${run.stderr}`
  }
  const ours = summarise(total) as { boundaries: { f1: number }; entities: { micro: { f1: number } } }
  const off = official as { boundaries?: { f1: number }; entities?: { f1: number } }
  const agree = typeof official === 'object' && Math.abs((off.boundaries?.f1 ?? -1) - ours.boundaries.f1) < 0.001 && Math.abs((off.entities?.f1 ?? -1) - ours.entities.micro.f1) < 0.001
  console.log(JSON.stringify({
    data: args.data, pages: pages.length, variant: 'seed-style (seedText, seedArticles, seedEntities)', matching: 'strict span + type on source offsets',
    pipeline: name,
    abbreviatedBodies: args.abbreviatedBodies,
    entityScoring: `cross-validated: each page tagged by the model trained on the other fold (${folds.map((f) => `train ${f.label}`).join(' / ')}), never by a model that saw it`,
    ...ours,
    folds: perFold,
    speed: { characters: chars, seconds: +seconds.toFixed(3), charsPerSecond: Math.round(chars / seconds), note: 'analysis only (models loaded beforehand), jieba included' },
    officialScorer: { predictions: predPath, result: official, agreesWithThisScript: agree }
  }, null, 2))
}

main().catch((error: unknown) => {
  process.stderr.write(`eval: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`)
  process.exitCode = 1
})
