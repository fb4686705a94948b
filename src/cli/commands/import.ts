import { randomUUID } from 'node:crypto'
import { basename } from 'node:path'
import { CliUsageError, openStoreForCli, parseStoreCliArgs, reportCliError } from '../store-cli'
import { StoreError } from '../../main/storage/store-error'
import type { PageAnalysis } from '../../shared/model/analysis'
import type { Page } from '../../shared/model/edition'
import { buildPage } from '../../main/handlers/build-page'
import type { DecodedPageText } from '../../main/handlers/ports'
import type { CliCommand, CliIo } from '../command'

const USAGE = `Usage: galley import <files...> --edition <id|new:NEWSPAPER:YYYY-MM-DD> [--data-dir DIR] [--wait]

Decodes each page file (UTF-8, UTF-16, GB18030, Big5), analyses it into articles and entities,
and adds the pages to an edition: an existing one by id, or a new one for that newspaper and
date. Prints the edition id on stdout (progress goes to stderr).
Exit status: 0 ok, 1 error, 2 usage, 3 data folder in use.
`

/** The page reader and engine the app uses, loaded only when importing. */
export interface PagePipeline {
  /** Reads and decodes a page file; throws an error whose message names the file and says what to do. */
  readPage(path: string): Promise<DecodedPageText>
  analyze(text: string): PageAnalysis
}

// Loaded on first use so `galley import --help` and usage errors do not pay for jieba and the model.
async function loadAppPipeline(): Promise<PagePipeline> {
  const [{ readPageFile }, { createEngine }] = await Promise.all([
    import('../../main/services/read-page-file'),
    import('../../main/engine')
  ])
  const analyzer = createEngine()
  return { readPage: readPageFile, analyze: (text) => analyzer.analyze(text) }
}

/** `new:NEWSPAPER:YYYY-MM-DD` or an edition id. */
function parseTarget(value: string): { kind: 'new'; newspaper: string; date: string } | { kind: 'existing'; id: string } {
  if (!value.startsWith('new:')) return { kind: 'existing', id: value }
  const match = /^new:(.+):(\d{4}-\d{2}-\d{2})$/.exec(value)
  if (!match) throw new CliUsageError(`--edition ${value}: write new:NEWSPAPER:YYYY-MM-DD, e.g. new:人民日报:2026-11-26.`)
  return { kind: 'new', newspaper: (match[1] as string).trim(), date: match[2] as string }
}

async function run(args: readonly string[], io: CliIo, loadPipeline: () => Promise<PagePipeline>): Promise<number> {
  try {
    const options = parseStoreCliArgs(args, ['--edition'])
    const target = options.values.get('--edition')
    if (!target) throw new CliUsageError('--edition is required.')
    if (options.rest.length === 0) throw new CliUsageError('give at least one page file.')
    const parsedTarget = parseTarget(target)
    // Decode and analyse everything before touching the store, so a bad file changes nothing.
    const pipeline = await loadPipeline()
    const pages: Page[] = []
    for (const file of options.rest) {
      let decoded: DecodedPageText
      try {
        decoded = await pipeline.readPage(file)
      } catch (error) {
        const code = (error as { code?: string }).code === 'FILE_NOT_FOUND' ? 'NOT_FOUND' : 'INVALID_INPUT'
        throw new StoreError(code, error instanceof Error ? error.message : String(error))
      }
      const page = buildPage(basename(file), decoded, { analyze: pipeline.analyze, newId: () => `page-${randomUUID()}`, now: () => new Date() })
      pages.push(page)
      io.err(`${page.fileName}: ${page.encoding}, ${page.sourceText.length} characters, ${page.analysis.articles.length} articles\n`)
    }
    const store = await openStoreForCli(options, io.err)
    try {
      if (parsedTarget.kind === 'new') {
        const edition = await store.createEdition({ newspaper: parsedTarget.newspaper, date: parsedTarget.date, issueNumber: null }, pages)
        io.out(`${edition.id}\n`)
      } else {
        const { edition, readOnly, readOnlyReason } = await store.getEdition(parsedTarget.id)
        if (readOnly) throw new StoreError('STORE_NEWER_VERSION', readOnlyReason ?? `Edition ${edition.id} is read-only.`)
        await store.saveEdition({ ...edition, pages: [...edition.pages, ...pages] })
        io.out(`${edition.id}\n`)
      }
      return 0
    } finally {
      await store.close()
    }
  } catch (error) {
    return reportCliError('import', error, io.err)
  }
}

/** The import command over a given decoder and engine (tests pass a small stand-in engine). */
export function createImportCommand(loadPipeline: () => Promise<PagePipeline>): CliCommand {
  return {
    name: 'import',
    summary: 'decode, analyse and add page files to an edition',
    usage: USAGE,
    run: (args, io) => run(args, io, loadPipeline)
  }
}

export const importCommand: CliCommand = createImportCommand(loadAppPipeline)
