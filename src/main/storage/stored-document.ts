import { Low, type Adapter } from 'lowdb'
import type { StoredFileData } from '../../shared/store/parse-stored-file'
import type { StoredFileKind } from '../../shared/store/schema-versions'
import { type WrittenFile, writeFileAtomic } from './atomic-write'
import type { CoalescingWriter } from './coalescing-writer'
import type { FsOps } from './fs-ops'
import { readStoredFile, type StoredFileRead } from './read-stored-file'

/** Thrown by a document's read when the file is missing, damaged or newer: the store decides. */
export class DocumentReadError extends Error {
  override readonly name = 'DocumentReadError'
  constructor(readonly outcome: Exclude<StoredFileRead<StoredFileKind>, { status: 'ok' }>) {
    super(`stored file not readable: ${outcome.status}`)
  }
}

/** Options of one document's adapter. */
export interface DocumentOptions {
  readonly fs: FsOps
  readonly writer: CoalescingWriter
  /** Pretty-print small hand-inspectable files; editions stay compact (speed, size). */
  readonly pretty: boolean
  /** Produces the file's JSON (or its bytes) when the caller already has it (editions); default JSON.stringify. */
  readonly serialize?: (data: unknown) => string | Buffer
  /** Where to write the temp file (default: beside the file). Must be on the same file system. */
  readonly tempDir?: string
  /** Runs after the temp file is durable and before it replaces the old file (revisions). */
  readonly beforeCommit?: () => Promise<void>
  /** Told the size and mtime of each file written (the catalog's staleness check). */
  readonly onWritten?: (data: unknown, written: WrittenFile) => void
}

/**
 * The lowdb adapter for every stored file: reads validate and migrate (zod, schemaVersion) and
 * report anything unusable as a DocumentReadError; writes are atomic, durable and go through the
 * one coalescing writer of that file. lowdb's own JSONFile adapter has none of this.
 */
export class DurableJsonAdapter<K extends StoredFileKind> implements Adapter<StoredFileData<K>> {
  /** The migration the last read performed, if any, and the original bytes to back up. */
  lastMigration: { fromVersion: number; steps: readonly string[]; originalBytes: Buffer } | null = null

  constructor(readonly kind: K, readonly path: string, private readonly options: DocumentOptions) {}

  async read(): Promise<StoredFileData<K>> {
    const outcome = await readStoredFile(this.kind, this.path)
    if (outcome.status !== 'ok') throw new DocumentReadError(outcome)
    this.lastMigration = outcome.migratedFrom === null ? null : { fromVersion: outcome.migratedFrom, steps: outcome.steps, originalBytes: outcome.bytes }
    return outcome.data
  }

  write(data: StoredFileData<K>): Promise<void> {
    const { fs, writer, pretty, serialize, beforeCommit, onWritten, tempDir } = this.options
    return writer.write(this.path, async () => {
      const text = serialize ? serialize(data) : pretty ? `${JSON.stringify(data, null, 2)}\n` : JSON.stringify(data)
      const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text
      const written = await writeFileAtomic(fs, this.path, bytes, beforeCommit, tempDir)
      onWritten?.(data, written)
    })
  }
}

/** A lowdb document of one stored file. */
export type StoredDocument<K extends StoredFileKind> = Low<StoredFileData<K>> & { adapter: DurableJsonAdapter<K> }

/** Creates the lowdb document of a stored file (not read yet). */
export function storedDocument<K extends StoredFileKind>(
  kind: K,
  path: string,
  initial: StoredFileData<K>,
  options: DocumentOptions
): StoredDocument<K> {
  return new Low(new DurableJsonAdapter(kind, path, options), initial) as StoredDocument<K>
}
