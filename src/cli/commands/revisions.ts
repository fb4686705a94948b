import { CliUsageError, openStoreForCli, parseStoreCliArgs, reportCliError } from '../store-cli'
import type { CliCommand, CliIo } from '../command'

const USAGE = `Usage: galley revisions <edition-id> [--json] [--data-dir DIR] [--wait]

Lists the kept previous versions of an edition, newest first (the last 50 saves, plus the last
save of each of the past 30 days). Restore one with \`galley restore <edition-id> <revision>\`.
Exit status: 0 ok, 1 error, 2 usage, 3 data folder in use.
`

async function run(args: readonly string[], io: CliIo): Promise<number> {
  try {
    const options = parseStoreCliArgs(args)
    const [id, ...extra] = options.rest
    if (!id || extra.length > 0) throw new CliUsageError('give exactly one edition id.')
    const store = await openStoreForCli(options, io.err)
    try {
      const revisions = await store.listRevisions(id)
      if (options.json) io.out(`${JSON.stringify(revisions, null, 2)}\n`)
      else if (revisions.length === 0) io.out(`Edition ${id} has no earlier revisions yet (one is kept at each save).\n`)
      else io.out(`${revisions.map((revision) => `${revision.id}  saved ${revision.savedAt}  ${Math.round(revision.sizeBytes / 1024)} KiB`).join('\n')}\n`)
      return 0
    } finally {
      await store.close()
    }
  } catch (error) {
    return reportCliError('revisions', error, io.err)
  }
}

export const revisionsCommand: CliCommand = {
  name: 'revisions',
  summary: 'list the kept revisions of an edition',
  usage: USAGE,
  run
}
