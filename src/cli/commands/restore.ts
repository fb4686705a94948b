import { CliUsageError, openStoreForCli, parseStoreCliArgs, reportCliError } from '../store-cli'
import type { CliCommand, CliIo } from '../command'

const USAGE = `Usage: galley restore <edition-id> <revision> [--data-dir DIR] [--wait]

Makes a kept revision (see \`galley revisions <edition-id>\`) the current edition again. The state
it replaces is kept as a revision too, so a restore can itself be undone. Also the way back for
an edition whose file was damaged and moved to quarantine/.
Exit status: 0 ok, 1 error, 2 usage, 3 data folder in use.
`

async function run(args: readonly string[], io: CliIo): Promise<number> {
  try {
    const options = parseStoreCliArgs(args)
    const [id, revision, ...extra] = options.rest
    if (!id || !revision || extra.length > 0) throw new CliUsageError('give an edition id and a revision id.')
    const store = await openStoreForCli(options, io.err)
    try {
      const edition = await store.restoreRevision(id, revision)
      io.out(`Restored ${edition.id} (${edition.newspaper} ${edition.date}) to revision ${revision}.\n`)
      return 0
    } finally {
      await store.close()
    }
  } catch (error) {
    return reportCliError('restore', error, io.err)
  }
}

export const restoreCommand: CliCommand = {
  name: 'restore',
  summary: 'restore an edition to one of its revisions',
  usage: USAGE,
  run
}
