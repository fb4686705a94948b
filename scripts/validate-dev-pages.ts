/**
 * Runs the engine (createEngine: jieba and the shipped recogniser) over every annotated
 * development page and checks what it hands the editing core: validatePage must accept the
 * analysis, and each article's text fields must equal those the editing core derives from its
 * lines. A check, not a test: the pages live outside the repository (../shared), which tests
 * must not read.
 *
 *   npx tsx scripts/validate-dev-pages.ts [--data FILE] [--pages 1-179]
 */
import { deriveFields, validatePage } from '../src/core/edit'
import { createEngine } from '../src/main/engine'
import { pageRange, readDevPages } from './lib/dev-pages'

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name)
  return i >= 0 ? process.argv[i + 1] : undefined
}

const TEXT_FIELDS = ['kicker', 'headline', 'subheadlines', 'dateline', 'body'] as const

const pages = readDevPages(arg('--data')).filter((_, i) => pageRange(arg('--pages'))(i))
const engine = createEngine()
let failed = 0
let articles = 0
for (const page of pages) {
  const source = page.seedText
  const analysis = engine.analyze(source)
  articles += analysis.articles.length
  const problems: string[] = []
  const validation = validatePage({ sourceText: source, analysis })
  if (!validation.ok) problems.push(...validation.issues.map((issue) => `${issue.code} ${issue.id ?? ''}`.trim()))
  for (const article of analysis.articles) {
    const derived = deriveFields(source, analysis.repairs, article.lines)
    for (const field of TEXT_FIELDS) {
      if (JSON.stringify(derived[field]) !== JSON.stringify(article[field])) problems.push(`FIELD_DIFFERS ${article.id} ${field}`)
    }
  }
  if (problems.length > 0) {
    failed++
    console.log(`${page.id}: ${problems.join(', ')}`)
  }
}
console.log(`${failed} of ${pages.length} dev pages fail validatePage or field agreement (${articles} articles checked)`)
process.exitCode = failed > 0 ? 1 : 0
