import { isAbsolute, join, resolve } from 'node:path'
import { SCHEMA_VERSIONS } from '../../shared/store/schema-versions'
import type { StoreProblem } from '../../shared/store/store-types'
import { CatalogIndex, scanEditionsFolder } from './catalog-index'
import { CoalescingWriter } from './coalescing-writer'
import { acquireDataLock, type DataLock, type LockOwner } from './data-lock'
import { type EditionStore, JsonEditionStore } from './edition-store'
import { type FsOps, nodeFsOps } from './fs-ops'
import { storeLayout } from './layout'
import { listQuarantined, quarantineFile } from './quarantine'
import { SmallDocuments } from './small-documents'
import { DocumentReadError, storedDocument } from './stored-document'
import { errnoCode, StoreError } from './store-error'

export type { EditionStore } from './edition-store'
export { StoreError, isStoreError } from './store-error'
export type { CatalogEntry } from '../../shared/store/catalog-file'
export type { JournalEdit, JournalRecord } from '../../shared/store/journal-edit'
export type { Lexicon, LexiconEntry } from '../../shared/store/lexicon-file'
export type { Settings } from '../../shared/store/settings-file'
export type { OpenedEdition, RevisionInfo, StoreProblem } from '../../shared/store/store-types'
export type { LockOwner } from './data-lock'

/** Options of openEditionStore. */
export interface OpenStoreOptions {
  /** Wait for another process to release the data folder instead of failing with STORE_LOCKED. */
  wait?: boolean
  /** Who is opening it, written into the lock so the other side can say who holds it. */
  owner?: 'app' | 'cli'
  /** Called once if `wait` is set and the folder is held by someone else. */
  onWait?: (holder: LockOwner | null) => void
  /** Test seam only: the file-system calls the writers use (fault tests simulate ENOSPC, EROFS). */
  fsOps?: FsOps
}

const READ_ONLY_CODES = new Set(['EROFS', 'EACCES', 'EPERM'])
const FULL_DISK_CODES = new Set(['ENOSPC', 'EDQUOT'])

/**
 * Opens the data folder: takes its lock, loads and checks the catalog against editions/,
 * replays any journal left by a crash, and reads the lexicon and settings. A folder that cannot
 * be written opens read-only (every write throws STORE_READ_ONLY) rather than not at all.
 */
export async function openEditionStore(dataDir: string, options: OpenStoreOptions = {}): Promise<EditionStore> {
  const layout = storeLayout(resolve(dataDir))
  const fs = options.fsOps ?? nodeFsOps
  let readOnlyReason: string | null = null
  let lock: DataLock | null = null
  const readOnly = (error: unknown): string =>
    `The data folder ${layout.root} cannot be written to (${errnoCode(error) ?? 'read-only'}). Galley opened it read-only: nothing can be saved. Fix its permissions or choose another folder with GALLEY_DATA_DIR.`
  try {
    await fs.mkdir(layout.editions, { recursive: true })
    lock = await acquireDataLock(layout.lock, options.owner ?? 'app', { wait: options.wait, onWait: options.onWait, fs })
  } catch (error) {
    if (error instanceof StoreError) throw error
    if (FULL_DISK_CODES.has(errnoCode(error) ?? '')) {
      // Nothing can be saved, but everything already saved (and journalled) can still be shown.
      readOnlyReason = `The disk holding ${layout.root} is full. Galley opened your editions read-only: free some space and restart Galley to edit and save again.`
    } else if (!READ_ONLY_CODES.has(errnoCode(error) ?? '')) {
      throw new StoreError('STORE_WRITE_FAILED', `Could not open the data folder ${layout.root}: ${error instanceof Error ? error.message : String(error)}`, { cause: error })
    } else {
      readOnlyReason = readOnly(error)
    }
  }

  try {
    const writer = new CoalescingWriter()
    const problems: StoreProblem[] = []
    const catalogDoc = storedDocument('catalog', layout.catalog, { schemaVersion: SCHEMA_VERSIONS.catalog, entries: [] }, { fs, writer, pretty: false })
    let catalogWritable = true
    let rebuildAll = false
    try {
      await catalogDoc.read()
    } catch (error) {
      if (!(error instanceof DocumentReadError)) throw error
      const outcome = error.outcome
      rebuildAll = true
      if (outcome.status === 'newer') {
        // A newer catalog is never overwritten; this session keeps a rebuilt one in memory.
        catalogWritable = false
        problems.push({ id: 'newer-catalog.json', kind: 'newer-version', file: 'catalog.json', editionId: null, reason: `catalog.json was saved by a newer version of Galley (schema ${outcome.version}); the edition list was rebuilt in memory and the file left untouched.`, detectedAt: new Date().toISOString(), quarantinedAs: null, lastGoodRevision: null })
      } else if (outcome.status === 'damaged' && !readOnlyReason) {
        // The catalog is derived, so a damaged one is set aside and rebuilt from the editions.
        await quarantineFile(fs, layout, layout.catalog, outcome.reason, null)
      }
    }
    const catalog = new CatalogIndex(rebuildAll ? [] : catalogDoc.data.entries)
    const small = new SmallDocuments({ layout, fs, writer, readOnlyReason, problems })
    await small.load()
    const store = new JsonEditionStore({
      layout, fs, writer, lock, readOnlyReason, catalog, catalogWritable, small, problems,
      flushCatalog: async () => {
        catalogDoc.data = catalog.toFile()
        await catalogDoc.write()
      }
    })

    const scan = await scanEditionsFolder(layout.editions, catalog)
    // We hold the lock, so no one else is writing: leftover temp files are garbage.
    if (!readOnlyReason) await Promise.all(scan.strayTemps.map((path) => fs.unlink(path).catch(() => undefined)))
    await store.refreshCatalogEntries(scan.stale)
    if (scan.missing.length > 0) {
      // Keep the line of an edition whose file is in quarantine, so the editor sees it and is offered a revision.
      const quarantined = new Set((await listQuarantined(layout)).map((problem) => problem.editionId))
      for (const id of scan.missing) if (!quarantined.has(id)) catalog.delete(id)
    }
    await store.replayJournals(scan.journals)
    if (!readOnlyReason && catalogWritable && (rebuildAll || scan.stale.length > 0 || scan.missing.length > 0)) {
      // The catalog is derived: failing to write it (disk full) must not keep the store closed.
      catalogDoc.data = catalog.toFile()
      await catalogDoc.write().catch(() => undefined)
    }
    return store
  } catch (error) {
    await lock?.release()
    throw error
  }
}

/** The data folder: GALLEY_DATA_DIR if set, else "data" inside Electron's userData folder. */
export function resolveDataDir(env: NodeJS.ProcessEnv, userDataDir: string): string {
  const override = env.GALLEY_DATA_DIR?.trim()
  if (override) return isAbsolute(override) ? override : resolve(override)
  return join(userDataDir, 'data')
}
