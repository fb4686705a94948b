/**
 * Measures article-boundary precision, recall and F1 of the segmenter on the annotated
 * development pages (seed-style variant), the same way the official scorer does.
 *
 *   npx tsx scripts/eval-boundaries.ts [--pages 121-179] [--errors] [--data FILE] [--pred OUT.jsonl]
 *
 * --errors lists every missed and spurious start with its context; --pred writes predictions in
 * the CLI's `analyze --jsonl` shape so ../shared/tools/score-extraction.mjs can check the numbers.
 */
import { writeFileSync } from 'node:fs'
import { normalise } from '../src/core/text/normalise'
import { layoutPage } from '../src/core/segment/find-starts'
import { addCounts, countBoundaryMatches, precisionRecall, type BoundaryCounts } from '../src/core/segment/boundary-score'
import { pageRange, readDevPages } from './lib/dev-pages'

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name)
  return i >= 0 ? process.argv[i + 1] : undefined
}

const pages = readDevPages(arg('--data')).filter((_, i) => pageRange(arg('--pages'))(i))
const showErrors = process.argv.includes('--errors')
const total: BoundaryCounts = { tp: 0, fp: 0, fn: 0 }
const predictions: string[] = []
let chars = 0
const started = performance.now()
for (const page of pages) {
  const normalised = normalise(page.seedText)
  const layout = layoutPage(normalised)
  chars += page.seedText.length
  const starts = layout.starts.map((i) => normalised.toSource[layout.lines[i]!.start]!)
  const counts = countBoundaryMatches(page.seedText, page.seedArticles.map((a) => a.start), starts)
  addCounts(total, counts)
  predictions.push(JSON.stringify({ file: page.id, articles: starts.map((s) => ({ sourceStart: s, sourceEnd: s, entities: [] })), repairs: [] }))
  if (showErrors && (counts.fp > 0 || counts.fn > 0)) {
    const gold = new Set(page.seedArticles.map((a) => normalised.toSource[0] === undefined ? a.start : a.start))
    const predicted = new Set(starts)
    console.log(`## ${page.id}  fp=${counts.fp} fn=${counts.fn}`)
    layout.lines.forEach((line, i) => {
      const s = normalised.toSource[line.start]!
      const g = gold.has(s)
      const p = predicted.has(s)
      const mark = g && p ? '==' : g ? 'FN' : p ? 'FP' : '  '
      const info = layout.infos[i]!
      const text = line.text.length > 60 ? `${line.text.slice(0, 36)}…${line.text.slice(-20)}` : line.text
      if (g || p || mark !== '  ') console.log(`${mark} ${info.kind.padEnd(12)} ${text}`)
      else console.log(`   ${info.kind.padEnd(12)} ${text}`)
    })
  }
}
const seconds = (performance.now() - started) / 1000
console.log(JSON.stringify({ pages: pages.length, boundaries: precisionRecall(total), counts: total, charsPerSecond: Math.round(chars / seconds) }))
const out = arg('--pred')
if (out) writeFileSync(out, predictions.join('\n') + '\n')
