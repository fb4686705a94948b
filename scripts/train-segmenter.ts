/**
 * Trains the article-boundary model (src/core/segment/boundary-weights.ts) on the annotated
 * development pages, seed-style variant: a logistic regression over the named features of
 * src/core/segment/boundary-features.ts, with the gold article starts as labels.
 *
 *   npx tsx scripts/train-segmenter.ts [--pages 1-120] [--test 121-179] [--write] [--data FILE]
 *
 * --write replaces boundary-weights.ts; without it the script only reports. --test scores the
 * freshly trained weights on other pages (cross-validation).
 */
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { normalise } from '../src/core/text/normalise'
import { toDerivedOffset } from '../src/core/text/offset-map'
import { decideStarts, type BoundaryWeights } from '../src/core/segment/boundary-model'
import { classifyLine } from '../src/core/segment/line-kind'
import { splitPageLines } from '../src/core/segment/page-lines'
import { addCounts, countBoundaryMatches, precisionRecall, type BoundaryCounts } from '../src/core/segment/boundary-score'
import { pageRange, readDevPages, type DevPage } from './lib/dev-pages'

interface Example {
  readonly features: string[]
  readonly label: number
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name)
  return i >= 0 ? process.argv[i + 1] : undefined
}

function prepare(page: DevPage) {
  const normalised = normalise(page.seedText)
  const lines = splitPageLines(normalised.text)
  const infos = lines.map((line) => classifyLine(line.text))
  const lineAt = new Map(lines.map((line, i) => [line.start, i]))
  const gold = new Set<number>()
  for (const article of page.seedArticles) {
    const index = lineAt.get(toDerivedOffset(normalised, article.start))
    if (index !== undefined && index > 0) gold.add(index)
  }
  return { normalised, lines, infos, gold }
}

/**
 * Training examples: every line of every page with the features it has when the page is read
 * with the gold starts (teacher forcing), plus, with `weights`, the features it has when the page
 * is read with the model's own decisions, so the model also learns to recover from its mistakes
 * (a missed first item of a run of briefs changes what "the article so far" is for the next).
 */
function collect(pages: readonly DevPage[], weights?: BoundaryWeights): Example[] {
  const examples: Example[] = []
  for (const page of pages) {
    const { lines, infos, gold } = prepare(page)
    decideStarts(lines, infos, {}, { forcedStarts: gold, observe: (i, features) => examples.push({ features, label: gold.has(i) ? 1 : 0 }) })
    if (weights) decideStarts(lines, infos, weights, { observe: (i, features) => examples.push({ features, label: gold.has(i) ? 1 : 0 }) })
  }
  return examples
}

/** Teacher-forced training, then rounds of training on the model's own reading of the pages. */
function trainRounds(pages: readonly DevPage[]): Record<string, number> {
  let weights = train(collect(pages))
  const rounds = Number(arg('--rounds') ?? 1)
  for (let round = 0; round < rounds; round++) weights = train(collect(pages, weights))
  return weights
}

/** Batch gradient descent with L2 regularisation (Adagrad step sizes). */
function train(rawExamples: readonly Example[], epochs = Number(arg("--epochs") ?? 1000), l2 = Number(arg("--l2") ?? 0.00005), rate = 0.5): Record<string, number> {
  // Features seen fewer than --min-count times get no weight: they would only memorise pages.
  const minCount = Number(arg('--min-count') ?? 3)
  const counts = new Map<string, number>()
  for (const e of rawExamples) for (const name of e.features) counts.set(name, (counts.get(name) ?? 0) + 1)
  const examples = rawExamples.map((e) => ({ label: e.label, features: e.features.filter((name) => (counts.get(name) ?? 0) >= minCount) }))
  const index = new Map<string, number>()
  const encoded = examples.map((e) => ({
    label: e.label,
    ids: e.features.map((name) => {
      let id = index.get(name)
      if (id === undefined) {
        id = index.size
        index.set(name, id)
      }
      return id
    })
  }))
  const w = new Float64Array(index.size)
  const g2 = new Float64Array(index.size).fill(1e-8)
  const grad = new Float64Array(index.size)
  for (let epoch = 0; epoch < epochs; epoch++) {
    grad.fill(0)
    for (const e of encoded) {
      let z = 0
      for (const id of e.ids) z += w[id] as number
      const p = 1 / (1 + Math.exp(-z))
      const d = p - e.label
      for (const id of e.ids) grad[id] = (grad[id] as number) + d
    }
    for (let id = 0; id < w.length; id++) {
      const g = (grad[id] as number) / encoded.length + l2 * (w[id] as number)
      g2[id] = (g2[id] as number) + g * g
      w[id] = (w[id] as number) - (rate * g) / Math.sqrt(g2[id] as number)
    }
  }
  const weights: Record<string, number> = {}
  for (const [name, id] of index) {
    const value = Math.round((w[id] as number) * 1000) / 1000
    if (Math.abs(value) >= 0.01) weights[name] = value
  }
  return weights
}

function evaluate(pages: readonly DevPage[], weights: BoundaryWeights, errors?: string[]): BoundaryCounts {
  const total: BoundaryCounts = { tp: 0, fp: 0, fn: 0 }
  for (const page of pages) {
    const { normalised, lines, infos, gold } = prepare(page)
    const startLines = decideStarts(lines, infos, weights, { beam: Number(arg('--beam') ?? 2) })
    const starts = startLines.map((i) => normalised.toSource[(lines[i] as { start: number }).start] as number)
    addCounts(total, countBoundaryMatches(page.seedText, page.seedArticles.map((a) => a.start), starts))
    if (errors) {
      const predicted = new Set(startLines)
      lines.forEach((line, i) => {
        if (i === 0 || predicted.has(i) === gold.has(i)) return
        const show = (j: number): string => (lines[j] ? `${infos[j]!.kind}:${lines[j]!.text.slice(0, 40)}` : '-')
        errors.push(`${gold.has(i) ? 'FN' : 'FP'} ${page.id} | ${show(i - 1)}\n   >> ${show(i)}\n   ${show(i + 1)}`)
      })
    }
  }
  return total
}

const all = readDevPages(arg('--data'))
if (process.argv.includes('--cv')) {
  // Two-fold cross-validation as for the tagger: train on pages 1–120 and score 121–179, then
  // train on 121–179 and score 1–120.
  const folds: [string, string][] = [['1-120', '121-179'], ['121-179', '1-120']]
  const total: BoundaryCounts = { tp: 0, fp: 0, fn: 0 }
  for (const [trainSpec, testSpec] of folds) {
    const w = trainRounds(all.filter((_, i) => pageRange(trainSpec)(i)))
    const errors: string[] = []
    const counts = evaluate(all.filter((_, i) => pageRange(testSpec)(i)), w, errors)
    if (process.argv.includes('--errors')) console.log(errors.join('\n'))
    addCounts(total, counts)
    console.log(JSON.stringify({ train: trainSpec, test: testSpec, ...precisionRecall(counts) }))
  }
  console.log(JSON.stringify({ crossValidated: precisionRecall(total) }))
  process.exit(0)
}
const trainPages = all.filter((_, i) => pageRange(arg('--pages'))(i))
const testSpec = arg('--test')
const weights = trainRounds(trainPages)
console.log(JSON.stringify({ trainPages: trainPages.length, features: Object.keys(weights).length, train: precisionRecall(evaluate(trainPages, weights)) }))
if (testSpec) {
  const testPages = all.filter((_, i) => pageRange(testSpec)(i))
  console.log(JSON.stringify({ testPages: testPages.length, test: precisionRecall(evaluate(testPages, weights)) }))
}
if (process.argv.includes('--write')) {
  const body = Object.entries(weights)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, value]) => `  ${JSON.stringify(name)}: ${value}`)
    .join(',\n')
  const file = resolve(process.cwd(), 'src/core/segment/boundary-weights.ts')
  writeFileSync(
    file,
    `// Generated by scripts/train-segmenter.ts from the seed-style development pages (${trainPages.length} pages).\n` +
      `// Do not edit by hand: change the features or the training script and regenerate.\n` +
      `export const BOUNDARY_WEIGHTS: Readonly<Record<string, number>> = {\n${body}\n}\n`
  )
  console.log(`wrote ${file}`)
}
