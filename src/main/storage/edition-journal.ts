import { readFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { type JournalRecord, journalRecordSchema } from '../../shared/store/journal-edit'
import { syncDirectory, writeFileAtomic } from './atomic-write'
import type { FsOps } from './fs-ops'
import { errnoCode } from './store-error'

/** What loading a journal found. */
export interface JournalLoad {
  readonly records: JournalRecord[]
  /** Complete lines that did not parse (damage, not a crash): skipped, and worth reporting. */
  readonly damagedLines: number
  /** True when the file ended in a partial line: the write a crash interrupted, never acknowledged. */
  readonly tornTail: boolean
}

/**
 * editions/<id>.journal: JSON Lines, one JournalRecord per line, appended and fdatasynced before
 * the edit is acknowledged. All operations on one journal run one after another.
 */
export class EditionJournal {
  private chain: Promise<unknown> = Promise.resolve()
  private dirSynced = false

  constructor(private readonly fs: FsOps, readonly path: string) {}

  /**
   * Reads every intact record. With `repair`, cuts a torn tail so later appends start on a fresh
   * line (a read-only store leaves the file alone and just ignores the tail).
   */
  load(options: { repair: boolean }): Promise<JournalLoad> {
    return this.enqueue(async () => {
      let bytes: Buffer
      try {
        bytes = await readFile(this.path)
      } catch (error) {
        if (errnoCode(error) === 'ENOENT') return { records: [], damagedLines: 0, tornTail: false }
        throw error
      }
      const lastNewline = bytes.lastIndexOf(0x0a)
      const tornTail = lastNewline !== bytes.length - 1
      if (tornTail && options.repair) await this.truncateTo(lastNewline + 1)
      const records: JournalRecord[] = []
      let damagedLines = 0
      const text = bytes.subarray(0, lastNewline + 1).toString('utf8')
      for (const line of text.split('\n')) {
        if (line.trim() === '') continue
        try {
          records.push(journalRecordSchema.parse(JSON.parse(line)))
        } catch {
          damagedLines += 1
        }
      }
      // A record can appear twice (a compaction and an append both wrote it); keep one, in seq order.
      const bySeq = new Map(records.map((record) => [record.seq, record]))
      return { records: [...bySeq.values()].sort((a, b) => a.seq - b.seq), damagedLines, tornTail }
    })
  }

  /** Appends one record durably; resolves (with the bytes written) once it would survive a crash. */
  append(record: JournalRecord): Promise<number> {
    const line = `${JSON.stringify(record)}\n`
    return this.enqueue(async () => {
      const handle = await this.fs.open(this.path, 'a')
      try {
        await handle.write(line)
        await handle.datasync()
      } finally {
        await handle.close()
      }
      // The first append may have created the file: make its name durable too.
      if (!this.dirSynced) {
        await syncDirectory(this.fs, dirname(this.path))
        this.dirSynced = true
      }
      return Buffer.byteLength(line)
    })
  }

  /**
   * Rewrites the journal with only the records no saved file holds yet. `unsaved` is asked when
   * the rewrite runs (after every append queued before it), so nothing acknowledged is dropped.
   */
  compact(unsaved: () => readonly JournalRecord[]): Promise<void> {
    return this.enqueue(async () => {
      const later = unsaved()
      const text = later.map((record) => `${JSON.stringify(record)}\n`).join('')
      await writeFileAtomic(this.fs, this.path, Buffer.from(text, 'utf8'))
    })
  }

  private async truncateTo(length: number): Promise<void> {
    const handle = await this.fs.open(this.path, 'r+')
    try {
      await handle.truncate(length)
      await handle.sync()
    } finally {
      await handle.close()
    }
  }

  private enqueue<T>(job: () => Promise<T>): Promise<T> {
    const run = this.chain.then(job, job)
    this.chain = run.catch(() => undefined)
    return run
  }
}
