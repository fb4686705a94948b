// Child process of the SIGKILL test: opens the store and saves in a loop until it is killed.
// Before each operation it prints "try N", after the store acknowledged it "ack N"; the parent
// checks that after a kill the store holds at least the last acknowledged N. In "overlapping"
// mode full saves are not awaited, so journal appends, in-flight and coalesced saves interleave.
import { writeSync } from 'node:fs'
import { openEditionStore } from '../../../src/main/storage'

async function main(): Promise<void> {
  const [dataDir, editionId, start, mode] = process.argv.slice(2)
  if (!dataDir || !editionId || !start) throw new Error('usage: crash-child <dataDir> <editionId> <start> [sequential|overlapping]')
  const overlapping = mode === 'overlapping'
  const store = await openEditionStore(dataDir, { owner: 'cli' })
  const { edition } = await store.getEdition(editionId)
  writeSync(1, 'ready\n')
  let current = edition
  for (let n = Number(start) + 1; ; n += 1) {
    writeSync(1, `try ${n}\n`)
    if (n % 4 === 0) {
      current = { ...current, issueNumber: String(n) }
      const saved = store.saveEdition(current)
      if (overlapping) {
        const acked = n
        saved.then(() => writeSync(1, `ack ${acked}\n`), (error: unknown) => {
          writeSync(2, `crash-child: ${error instanceof Error ? error.message : String(error)}\n`)
          process.exit(1)
        })
        continue
      }
      await saved
    } else {
      await store.appendEdit(editionId, { kind: 'set-meta', payload: { issueNumber: String(n) } })
      current = { ...current, issueNumber: String(n) }
    }
    writeSync(1, `ack ${n}\n`)
  }
}

main().catch((error: unknown) => {
  writeSync(2, `crash-child: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
