import { CliUsageError, openStoreForCli, parseStoreCliArgs, reportCliError } from '../store-cli'
import type { CatalogEntry } from '../../shared/store/catalog-file'
import type { CliCommand, CliIo } from '../command'

const USAGE = `Usage:
  galley editions list [--json] [--data-dir DIR] [--wait]
  galley editions show <id> [--json] [--data-dir DIR] [--wait]

list   the editions in the data folder, newest issue first (--json: a JSON array of catalog
       entries: id, newspaper, date, issueNumber, pageCount, articleCount, reviewProgress, updatedAt)
show   one edition's pages and review progress (--json: the whole edition as stored)

The data folder is --data-dir, else GALLEY_DATA_DIR, else the Galley app's own.
--wait  wait for the app (or another command) to release the data folder instead of failing.
Exit status: 0 ok, 1 error, 2 usage, 3 data folder in use.
`

function progress(entry: CatalogEntry): string {
  const { auto, reviewed, approved } = entry.reviewProgress
  return `${approved}/${reviewed}/${auto}`
}

// Terminal columns a string takes: CJK and full-width characters take two.
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u

function displayWidth(text: string): number {
  let width = 0
  for (const char of text) width += WIDE.test(char) ? 2 : 1
  return width
}

function table(entries: readonly CatalogEntry[]): string {
  if (entries.length === 0) return 'No editions yet. Import pages with `galley import <files...> --edition new:NEWSPAPER:YYYY-MM-DD`.\n'
  const rows = [['ID', 'DATE', 'NEWSPAPER', 'ISSUE', 'PAGES', 'ARTICLES', 'APPR/REV/AUTO', 'UPDATED']]
  for (const entry of entries) {
    rows.push([entry.id, entry.date, entry.newspaper, entry.issueNumber ?? '-', String(entry.pageCount), String(entry.articleCount), progress(entry), entry.updatedAt])
  }
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => displayWidth(row[column] as string))))
  return `${rows.map((row) => row.map((cell, column) => cell + ' '.repeat((widths[column] as number) - displayWidth(cell))).join('  ').trimEnd()).join('\n')}\n`
}

async function run(args: readonly string[], io: CliIo): Promise<number> {
  try {
    const options = parseStoreCliArgs(args)
    const [sub, id, ...extra] = options.rest
    if (sub !== 'list' && sub !== 'show') throw new CliUsageError(sub ? `unknown subcommand "${sub}".` : 'say list or show.')
    if (sub === 'show' && !id) throw new CliUsageError('show needs an edition id.')
    if ((sub === 'list' && id) || extra.length > 0) throw new CliUsageError('too many arguments.')
    const store = await openStoreForCli(options, io.err)
    try {
      if (sub === 'list') {
        const entries = await store.listEditions()
        io.out(options.json ? `${JSON.stringify(entries, null, 2)}\n` : table(entries))
        return 0
      }
      const opened = await store.getEdition(id as string)
      if (opened.readOnly) io.err(`galley editions: read-only: ${opened.readOnlyReason ?? ''}\n`)
      if (options.json) {
        io.out(`${JSON.stringify(opened.edition, null, 2)}\n`)
        return 0
      }
      const entry = (await store.listEditions()).find((candidate) => candidate.id === opened.edition.id)
      const { edition } = opened
      const lines = [
        `${edition.newspaper} ${edition.date}${edition.issueNumber ? ` No. ${edition.issueNumber}` : ''}  (${edition.id})`,
        `updated ${edition.updatedAt}; review approved/reviewed/auto: ${entry ? progress(entry) : '-'}`,
        ...edition.pages.map((page, index) => `  page ${index + 1}  ${page.fileName}  ${page.encoding}  ${page.sourceText.length} chars  ${page.analysis.articles.length} articles  ${page.analysis.articles.reduce((n, a) => n + a.entities.length, 0)} entities`)
      ]
      io.out(`${lines.join('\n')}\n`)
      return 0
    } finally {
      await store.close()
    }
  } catch (error) {
    return reportCliError('editions', error, io.err)
  }
}

export const editionsCommand: CliCommand = {
  name: 'editions',
  summary: 'list the editions in the data folder, or show one',
  usage: USAGE,
  run
}
