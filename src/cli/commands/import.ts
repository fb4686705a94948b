import { randomBytes } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { CliUsageError, openStoreForCli, parseStoreCliArgs, reportCliError } from '../../main/storage/cli-support'
import { StoreError } from '../../main/storage/store-error'
import type { PageAnalysis } from '../../shared/model/analysis'
import type { Page, SourceEncoding } from '../../shared/model/edition'
import type { CliCommand, CliIo } from '../command'

const USAGE = `Usage: galley import <files...> --edition <id|new:NEWSPAPER:YYYY-MM-DD> [--data-dir DIR] [--wait]

Decodes each page file (UTF-8, UTF-16, GB18030, Big5), analyses it into articles and entities,
and adds the pages to an edition: an existing one by id, or a new one for that newspaper and
date. Prints the edition id on stdout (progress goes to stderr).
Exit status: 0 ok, 1 error, 2 usage, 3 data folder in use.
`

/** The decoder and engine the app uses, loaded only when importing. */
export interface PagePipeline {
  /** Throws an error whose message names the file and says what to do (empty, binary, encoding…). */
  decode(bytes: Uint8Array, fileName: string): { text: string; encoding: SourceEncoding }
  analyze(text: string): PageAnalysis
}

// Loaded on first use so `galley import --help` and usage errors do not pay for jieba and the model.
async function loadAppPipeline(): Promise<PagePipeline> {
  const [{ decodePage }, { createEngine }] = await Promise.all([
    import('../../main/services/decode-page'),
    import('../../main/engine')
  ])
  const analyzer = createEngine()
  return { decode: decodePage, analyze: (text) => analyzer.analyze(text) }
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
      let bytes: Uint8Array
      try {
        bytes = await readFile(file)
      } catch (error) {
        throw new StoreError('NOT_FOUND', `Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`)
      }
      let decoded: { text: string; encoding: SourceEncoding }
      try {
        decoded = pipeline.decode(bytes, basename(file))
      } catch (error) {
        throw new StoreError('INVALID_INPUT', error instanceof Error ? error.message : String(error))
      }
      const analysis = pipeline.analyze(decoded.text)
      pages.push({
        id: `page-${randomBytes(6).toString('hex')}`,
        fileName: basename(file),
        encoding: decoded.encoding,
        sourceText: decoded.text,
        importedAt: new Date().toISOString(),
        analysis
      })
      io.err(`${basename(file)}: ${decoded.encoding}, ${decoded.text.length} characters, ${analysis.articles.length} articles\n`)
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
