import type { Article, PageAnalysis } from '../../shared/model/analysis'
import { createEngine, type Engine } from '../../main/engine'
import { PageFileError, readPageFile, type PageFile } from '../../main/services/read-page-file'
import type { CliCommand, CliIo } from '../command'

const USAGE = `Usage: galley analyze FILE... [--jsonl]

Splits each page file into articles, repairs column breaks and punctuation, and tags entities.

Options:
  --jsonl     one JSON object per input file, in input order (the machine-readable contract):
              { file, articles: [ { kind, headline, subheadlines, reporters, photographers,
                dateline, body, sourceStart, sourceEnd, entities: [ { type, text, sourceStart,
                sourceEnd } ] } ], repairs: [ { kind, sourceStart, sourceEnd, before, after } ] }
              Offsets are UTF-16 code units into the decoded text (BOM removed), end exclusive.
  -h, --help  show this help

Without --jsonl a readable summary is printed. A file that cannot be read or decoded is named
on stderr with the reason; the other files are still analysed and the exit status is 1.
Files may be UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK or Big5, up to 20 MB.
`

/** The CLI contract's shape of one page (issue 2, section 6): exactly these fields. */
export function toContract(file: string, analysis: PageAnalysis): unknown {
  return {
    file,
    articles: analysis.articles.map((a) => ({
      kind: a.kind,
      headline: a.headline,
      subheadlines: a.subheadlines,
      reporters: a.reporters,
      photographers: a.photographers,
      dateline: a.dateline,
      body: a.body,
      sourceStart: a.sourceStart,
      sourceEnd: a.sourceEnd,
      entities: a.entities.map((e) => ({ type: e.type, text: e.text, sourceStart: e.sourceStart, sourceEnd: e.sourceEnd }))
    })),
    repairs: analysis.repairs
      .filter((r) => r.applied)
      .map((r) => ({ kind: r.kind, sourceStart: r.sourceStart, sourceEnd: r.sourceEnd, before: r.before, after: r.after }))
  }
}

function preview(text: string, max: number): string {
  const flat = text.replace(/\n/g, ' ⏎ ')
  return flat.length > max ? `${flat.slice(0, max)}…` : flat
}

function describeArticle(a: Article, n: number): string {
  const lines = [`  [${n}] ${a.kind.padEnd(5)} ${a.headline || '(no headline)'}  @${a.sourceStart}–${a.sourceEnd}`]
  if (a.kicker) lines.push(`        kicker: ${a.kicker}`)
  for (const sub of a.subheadlines) lines.push(`        subheadline: ${sub}`)
  if (a.dateline) lines.push(`        dateline: ${a.dateline}`)
  if (a.reporters.length) lines.push(`        reporters: ${a.reporters.join('、')}`)
  if (a.photographers.length) lines.push(`        photographers: ${a.photographers.join('、')}`)
  if (a.entities.length) lines.push(`        entities: ${a.entities.length} (${a.entities.slice(0, 8).map((e) => `${e.text}/${e.type}`).join(' ')}${a.entities.length > 8 ? ' …' : ''})`)
  lines.push(`        ${preview(a.body, 72)}`)
  return lines.join('\n')
}

function describe(page: PageFile, analysis: PageAnalysis): string {
  const kinds = new Map<string, number>()
  for (const r of analysis.repairs) kinds.set(r.kind, (kinds.get(r.kind) ?? 0) + 1)
  const repairs = [...kinds].map(([kind, count]) => `${count} ${kind}`).join(', ') || 'none'
  const out = [`${page.path}  (${page.encoding}, ${page.text.length} characters)`, `  ${analysis.articles.length} articles; repairs: ${repairs}`]
  analysis.articles.forEach((a, i) => out.push(describeArticle(a, i + 1)))
  for (const r of analysis.repairs) {
    if (r.kind !== 'punct-width') out.push(`  repair ${r.kind} @${r.sourceStart}: ${JSON.stringify(r.before)} → ${JSON.stringify(r.after)}`)
  }
  return `${out.join('\n')}\n`
}

export const analyzeCommand: CliCommand = {
  name: 'analyze',
  summary: 'split page files into articles, repairs and entities (--jsonl for machines)',
  usage: USAGE,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    let jsonl = false
    const files: string[] = []
    let endOfOptions = false
    for (const arg of args) {
      if (!endOfOptions && arg === '--') endOfOptions = true
      else if (!endOfOptions && arg === '--jsonl') jsonl = true
      else if (!endOfOptions && arg.startsWith('-') && arg !== '-') {
        io.err(`galley analyze: unknown option ${arg}. Run \`galley analyze --help\`.\n`)
        return 2
      } else files.push(arg)
    }
    if (files.length === 0) {
      io.err('galley analyze: name at least one page file. Run `galley analyze --help`.\n')
      return 2
    }

    let engine: Engine | null = null
    let failed = 0
    for (const file of files) {
      let page: PageFile
      try {
        page = await readPageFile(file)
      } catch (error) {
        failed++
        const message = error instanceof PageFileError ? `${error.message} [${error.code}]` : error instanceof Error ? error.message : String(error)
        io.err(`galley analyze: ${file}: ${message}\n`)
        continue
      }
      engine ??= createEngine()
      const analysis = engine.analyze(page.text)
      io.out(jsonl ? `${JSON.stringify(toContract(file, analysis))}\n` : describe(page, analysis))
    }
    return failed > 0 ? 1 : 0
  }
}
