// Child process of the lock test: holds the data folder as the CLI would, until told to let go.
import { openEditionStore } from '../../../src/main/storage'

async function main(): Promise<void> {
  const [dataDir] = process.argv.slice(2)
  if (!dataDir) throw new Error('usage: hold-lock-child <dataDir>')
  const store = await openEditionStore(dataDir, { owner: 'cli' })
  const edition = await store.createEdition({ newspaper: '子进程报', date: '2026-11-26', issueNumber: null })
  process.stdout.write(`held ${edition.id}\n`)
  process.stdin.once('data', () => {
    void store.close().then(() => process.exit(0))
  })
}

main().catch((error: unknown) => {
  process.stderr.write(`hold-lock-child: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
