import { mkdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { Jieba } from '@node-rs/jieba'
import { dict } from '@node-rs/jieba/dict'
import { corpusExamples, type CorpusPage, type CorpusVariant } from '../../core/learn/corpus-examples'
import { serialiseModel } from '../../core/learn/model-format'
import { trainTagger, type TrainingExample } from '../../core/learn/train-tagger'
import type { WordTagger } from '../../core/model/ports'
import type { CliCommand, CliIo } from '../command'

const USAGE = `Usage:
  galley train --data FILE.jsonl --out DIR [--pages 1-120] [--variant seed|clean|both]
               [--epochs N] [--bits B] [--ensemble K] [--seed S] [--no-gazetteer]

Trains the entity tagger (averaged perceptron over characters) on annotated pages and writes
DIR/tagger.bin (the weights, with the gazetteer of training names) and DIR/provenance.json.

--data      JSONL, one annotated page a line (text/entities and/or seedText/seedEntities)
--pages     1-based page ranges to train on, e.g. 1-120 or 1-60,121-179 (default: all)
--variant   seed: normalised seed-style text (what the engine sees; default); clean; both
--epochs    passes over the data (default 12)
--bits      log2 of the feature hash table rows (default 17)
--ensemble  models trained on different shuffles and averaged into one (default 3)
Exit status: 0 ok, 1 error, 2 usage.
`

class UsageError extends Error {}

interface TrainArgs {
  data: string
  out: string
  pages: string | null
  variant: CorpusVariant
  epochs: number
  bits: number
  ensemble: number
  seed: number
  gazetteer: boolean
}

function parseArgs(args: readonly string[]): TrainArgs {
  const parsed: TrainArgs = { data: '', out: '', pages: null, variant: 'seed', epochs: 12, bits: 17, ensemble: 3, seed: 1, gazetteer: true }
  for (let i = 0; i < args.length; i++) {
    const flag = args[i]
    const value = (): string => {
      const v = args[++i]
      if (v === undefined) throw new UsageError(`${flag} needs a value.`)
      return v
    }
    const int = (min: number, max: number): number => {
      const v = Number(value())
      if (!Number.isInteger(v) || v < min || v > max) throw new UsageError(`${flag} must be an integer from ${min} to ${max}.`)
      return v
    }
    if (flag === '--data') parsed.data = value()
    else if (flag === '--out') parsed.out = value()
    else if (flag === '--pages') parsed.pages = value()
    else if (flag === '--variant') {
      const v = value()
      if (v !== 'seed' && v !== 'clean' && v !== 'both') throw new UsageError('--variant must be seed, clean or both.')
      parsed.variant = v
    } else if (flag === '--epochs') parsed.epochs = int(1, 100)
    else if (flag === '--bits') parsed.bits = int(12, 22)
    else if (flag === '--ensemble') parsed.ensemble = int(1, 20)
    else if (flag === '--seed') parsed.seed = int(1, 2 ** 31 - 1)
    else if (flag === '--no-gazetteer') parsed.gazetteer = false
    else throw new UsageError(`unknown option "${flag}".`)
  }
  if (!parsed.data) throw new UsageError('--data is required.')
  if (!parsed.out) throw new UsageError('--out is required.')
  return parsed
}

/** Parses "1-120,150" into sorted 0-based page indices below `count`. */
export function parsePageRanges(spec: string | null, count: number): number[] {
  if (spec === null) return Array.from({ length: count }, (_, i) => i)
  const picked = new Set<number>()
  for (const part of spec.split(',')) {
    const m = /^\s*(\d+)\s*(?:-\s*(\d+))?\s*$/.exec(part)
    if (!m) throw new UsageError(`--pages: "${part}" is not a page or a range like 1-120.`)
    const a = Number(m[1])
    const b = Number(m[2] ?? m[1])
    if (a < 1 || b < a || b > count) throw new UsageError(`--pages: ${part} is outside 1-${count}.`)
    for (let p = a; p <= b; p++) picked.add(p - 1)
  }
  return [...picked].sort((x, y) => x - y)
}

/** The jieba tagger the engine uses, as a WordTagger. */
export function jiebaWordTagger(): WordTagger {
  const jieba = Jieba.withDict(dict)
  return (text) => jieba.tag(text)
}

async function run(args: readonly string[], io: CliIo): Promise<number> {
  let options: TrainArgs
  try {
    options = parseArgs(args)
  } catch (error) {
    if (error instanceof UsageError) { io.err(`galley train: ${error.message}\n${USAGE}`); return 2 }
    throw error
  }
  let raw: string
  try {
    raw = await readFile(options.data, 'utf8')
  } catch (error) {
    io.err(`galley train: cannot read ${options.data}: ${(error as Error).message}\n`)
    return 1
  }
  const records: CorpusPage[] = []
  for (const [n, line] of raw.split('\n').entries()) {
    if (!line.trim()) continue
    try {
      records.push(JSON.parse(line) as CorpusPage)
    } catch {
      io.err(`galley train: ${options.data} line ${n + 1} is not valid JSON.\n`)
      return 1
    }
  }
  let pages: number[]
  try {
    pages = parsePageRanges(options.pages, records.length)
  } catch (error) {
    if (error instanceof UsageError) { io.err(`galley train: ${error.message}\n`); return 2 }
    throw error
  }
  const started = Date.now()
  const tagWords = jiebaWordTagger()
  const examples: TrainingExample[] = []
  for (const index of pages) {
    const result = corpusExamples(records[index]!, options.variant, tagWords, index)
    if (!result.ok) { io.err(`galley train: ${result.message}\n`); return 1 }
    examples.push(...result.examples)
  }
  const chars = examples.reduce((n, ex) => n + ex.text.length, 0)
  io.err(`galley train: ${pages.length} pages, ${examples.length} examples, ${chars} characters (${options.variant})\n`)
  const trained = trainTagger(examples, {
    bits: options.bits, epochs: options.epochs, ensemble: options.ensemble, seed: options.seed, gazetteer: options.gazetteer,
    onEpoch: (epoch, stats) => io.err(`  epoch ${epoch}/${options.epochs} (first of ${options.ensemble} averaged models): ${stats.errors} wrong labels, ${Math.round((Date.now() - started) / 1000)} s\n`)
  })
  const command = `galley train ${args.join(' ')}`
  const meta = {
    data: options.data.split(/[\\/]/).pop(), pages: options.pages ?? `1-${records.length}`, pageCount: pages.length,
    variant: options.variant, epochs: options.epochs, bits: options.bits, ensemble: options.ensemble, seed: options.seed, gazetteer: options.gazetteer,
    characters: chars, trainedAt: new Date().toISOString(), command
  }
  const bytes = serialiseModel({ ...trained, meta })
  const outDir = resolve(options.out)
  await mkdir(outDir, { recursive: true })
  const modelPath = join(outDir, 'tagger.bin')
  await writeFile(modelPath, bytes)
  const provenance = {
    ...meta, trainingSeconds: Math.round((Date.now() - started) / 100) / 10,
    modelFile: 'tagger.bin', modelBytes: (await stat(modelPath)).size, gazetteerNames: trained.gazetteer.names.size
  }
  await writeFile(join(outDir, 'provenance.json'), `${JSON.stringify(provenance, null, 2)}\n`)
  io.out(`${JSON.stringify(provenance)}\n`)
  return 0
}

export const trainCommand: CliCommand = {
  name: 'train',
  summary: 'train the entity tagger on annotated pages (JSONL)',
  usage: USAGE,
  run
}
