import { readdir, stat } from 'node:fs/promises'
import { type CatalogEntry, type StoredCatalogEntry, toCatalogEntry } from '../../shared/store/catalog-file'
import type { Edition } from '../../shared/model/edition'
import { SCHEMA_VERSIONS } from '../../shared/store/schema-versions'
import { isStrayTempFile, type WrittenFile } from './atomic-write'
import { errnoCode } from './store-error'

/** Sorts newest issue first, then by paper, so lists are stable. */
function compareEntries(a: CatalogEntry, b: CatalogEntry): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1
  if (a.newspaper !== b.newspaper) return a.newspaper < b.newspaper ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/** The in-memory edition list behind catalog.json. */
export class CatalogIndex {
  private readonly entries = new Map<string, StoredCatalogEntry>()
  private sorted: CatalogEntry[] | null = null

  constructor(initial: readonly StoredCatalogEntry[] = []) {
    for (const entry of initial) this.entries.set(entry.id, entry)
  }

  has(id: string): boolean {
    return this.entries.has(id)
  }

  get(id: string): StoredCatalogEntry | undefined {
    return this.entries.get(id)
  }

  ids(): string[] {
    return [...this.entries.keys()]
  }

  /** Records an edition as written to disk (size and mtime of its file). */
  setFromEdition(edition: Edition, file: WrittenFile): void {
    this.entries.set(edition.id, { ...toCatalogEntry(edition), fileSize: file.size, fileMtimeMs: file.mtimeMs })
    this.sorted = null
  }

  /** Updates the visible fields (journalled edits) without claiming the file changed. */
  refreshVisible(edition: Edition): void {
    const previous = this.entries.get(edition.id)
    this.entries.set(edition.id, { ...toCatalogEntry(edition), fileSize: previous?.fileSize ?? 0, fileMtimeMs: previous?.fileMtimeMs ?? 0 })
    this.sorted = null
  }

  delete(id: string): void {
    this.entries.delete(id)
    this.sorted = null
  }

  /** The public list, without the bookkeeping fields. */
  list(): CatalogEntry[] {
    if (!this.sorted) {
      this.sorted = [...this.entries.values()].map(({ fileSize: _s, fileMtimeMs: _m, ...entry }) => entry).sort(compareEntries)
    }
    return this.sorted.map((entry) => ({ ...entry, reviewProgress: { ...entry.reviewProgress } }))
  }

  /** The content of catalog.json. */
  toFile(): { schemaVersion: typeof SCHEMA_VERSIONS.catalog; entries: StoredCatalogEntry[] } {
    return { schemaVersion: SCHEMA_VERSIONS.catalog, entries: [...this.entries.values()] }
  }
}

/** What a scan of editions/ found against the catalog. */
export interface CatalogScan {
  /** Edition ids whose file is new or changed since the catalog line was written. */
  readonly stale: string[]
  /** Catalog ids with no edition file. */
  readonly missing: string[]
  /** Ids with a non-empty journal (edits to replay). */
  readonly journals: string[]
  /** Temp files a killed writer left behind (never renamed into place, so never acknowledged). */
  readonly strayTemps: string[]
}

const EDITION_FILE = /^([A-Za-z0-9][A-Za-z0-9_-]*)\.json$/
const JOURNAL_FILE = /^([A-Za-z0-9][A-Za-z0-9_-]*)\.journal$/

/**
 * Compares editions/ with the catalog: one readdir and one stat per file, no parsing, so a
 * catalog left behind by a crash (its writes are deferred) is caught at start for little cost.
 */
export async function scanEditionsFolder(editionsDir: string, catalog: CatalogIndex): Promise<CatalogScan> {
  let names: string[]
  try {
    names = await readdir(editionsDir)
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return { stale: [], missing: catalog.ids(), journals: [], strayTemps: [] }
    throw error
  }
  const onDisk = new Set<string>()
  const journalCandidates: string[] = []
  const strayTemps: string[] = []
  for (const name of names) {
    if (isStrayTempFile(name)) strayTemps.push(`${editionsDir}/${name}`)
    const edition = EDITION_FILE.exec(name)
    if (edition) onDisk.add(edition[1] as string)
    const journal = JOURNAL_FILE.exec(name)
    if (journal) journalCandidates.push(journal[1] as string)
  }
  const stale: string[] = []
  await Promise.all([...onDisk].map(async (id) => {
    const entry = catalog.get(id)
    const info = await stat(`${editionsDir}/${id}.json`).catch(() => null)
    if (!info) return
    if (!entry || entry.fileSize !== info.size || entry.fileMtimeMs !== info.mtimeMs) stale.push(id)
  }))
  const journals: string[] = []
  await Promise.all(journalCandidates.map(async (id) => {
    const info = await stat(`${editionsDir}/${id}.journal`).catch(() => null)
    if (info && info.size > 0) journals.push(id)
  }))
  const missing = catalog.ids().filter((id) => !onDisk.has(id))
  return { stale: stale.sort(), missing, journals: journals.sort(), strayTemps }
}
