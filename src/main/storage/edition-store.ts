import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { type Edition, type EditionMeta, editionMetaSchema, type Page, pageSchema } from '../../shared/model/edition'
import type { CatalogEntry } from '../../shared/store/catalog-file'
import { applyJournalEdit, JournalEditError, type JournalEdit, journalEditSchema, type JournalRecord } from '../../shared/store/journal-edit'
import type { Lexicon } from '../../shared/store/lexicon-file'
import { SCHEMA_VERSIONS } from '../../shared/store/schema-versions'
import type { Settings } from '../../shared/store/settings-file'
import type { OpenedEdition, RevisionInfo, StoreProblem } from '../../shared/store/store-types'
import { syncDirectory } from './atomic-write'
import { type CatalogIndex } from './catalog-index'
import { type CoalescingWriter } from './coalescing-writer'
import type { DataLock } from './data-lock'
import { EditionJournal } from './edition-journal'
import { type EditionSlot, loadEditionSlot, type SlotContext } from './edition-slot'
import type { FsOps } from './fs-ops'
import { assertEditionId, editionPath, fileStamp, historyDir, journalPath, type StoreLayout } from './layout'
import { listQuarantined, resolveEditionProblems } from './quarantine'
import { parseStoredBytes } from './read-stored-file'
import { listRevisionFiles, pruneRevisions, readRevisionBytes } from './revisions'
import type { SmallDocuments } from './small-documents'
import { StoreError, writeFailure } from './store-error'
import type { EditionStore } from './store-api'
import { laterThan, parseInput } from './store-input'

export type { EditionStore } from './store-api'

/** Everything openEditionStore prepared for the store. */
export interface StoreParts {
  readonly layout: StoreLayout
  readonly fs: FsOps
  readonly writer: CoalescingWriter
  readonly lock: DataLock | null
  /** Why this store may not write at all (read-only folder), or null. */
  readonly readOnlyReason: string | null
  readonly catalog: CatalogIndex
  readonly catalogWritable: boolean
  readonly small: SmallDocuments
  readonly problems: StoreProblem[]
  readonly flushCatalog: () => Promise<void>
}

// Slots (an opened edition, its journal, pending edits and save cache: a few MB each) kept in memory at most.
const MAX_IDLE_SLOTS = 8
// How long catalog.json writes are deferred so a burst of saves writes it once. A crash in this
// window costs nothing: the catalog is checked against the edition files (size, mtime) at start.
const CATALOG_DELAY_MS = 1000
// Revisions are pruned every this many saves of an edition (and at its first save in a session),
// so a save does not pay a folder listing each time; the policy allows this much overshoot.
const PRUNE_EVERY_SAVES = 10
// Past this many journalled edits (or bytes) without a save, the store saves by itself.
const FOLD_AFTER_EDITS = 1000
const FOLD_AFTER_BYTES = 16 * 1024 * 1024

/** The one implementation of EditionStore. */
export class JsonEditionStore implements EditionStore {
  readonly dataDir: string
  private readonly slots = new Map<string, Promise<EditionSlot>>()
  private readonly background = new Set<Promise<unknown>>()
  private readonly unpruned = new Set<string>()
  private readonly journals = new Map<string, EditionJournal>()
  private catalogTimer: NodeJS.Timeout | null = null
  private closed = false

  constructor(private readonly parts: StoreParts) {
    this.dataDir = parts.layout.root
  }

  async listEditions(): Promise<CatalogEntry[]> {
    this.assertOpen()
    return this.parts.catalog.list()
  }

  async createEdition(meta: EditionMeta, pages: Page[] = []): Promise<Edition> {
    this.assertWritable()
    const parsedMeta = parseInput(editionMetaSchema, meta, 'edition details')
    const parsedPages = parseInput(pageSchema.array(), pages, 'pages')
    const now = new Date().toISOString()
    const id = `ed-${parsedMeta.date.replaceAll('-', '')}-${randomBytes(4).toString('hex')}`
    const edition: Edition = { ...parsedMeta, id, createdAt: now, updatedAt: now, pages: parsedPages }
    await this.parts.fs.mkdir(this.parts.layout.editions, { recursive: true })
    const slot = await loadEditionSlot(this.slotContext(), id, edition)
    this.slots.set(id, Promise.resolve(slot))
    await this.writeSlot(slot)
    return edition
  }

  async getEdition(id: string): Promise<OpenedEdition> {
    this.assertOpen()
    const slot = await this.slot(id)
    const reason = slot.readOnlyReason ?? this.parts.readOnlyReason
    return reason ? { edition: slot.current, readOnly: true, readOnlyReason: reason } : { edition: slot.current, readOnly: false }
  }

  async saveEdition(edition: Edition): Promise<{ updatedAt: string }> {
    this.assertWritable()
    const id = typeof edition === 'object' && edition !== null ? (edition as { id?: unknown }).id : undefined
    if (typeof id !== 'string') throw new StoreError('INVALID_INPUT', 'The edition is not valid (id): it has no id.')
    const slot = await this.slot(id)
    this.assertSlotWritable(slot)
    // Everything journalled so far is superseded by this full state (docs/storage.md).
    const updatedAt = laterThan(slot.current.updatedAt)
    const prepared = slot.serializer.prepare(edition, slot.lastSeq, updatedAt)
    if (prepared.edition.id !== id) throw new StoreError('INVALID_INPUT', 'The edition is not valid (id).')
    slot.current = prepared.edition
    slot.pending = []
    slot.doc.data = prepared.file
    await this.writeSlot(slot)
    return { updatedAt }
  }

  async appendEdit(editionId: string, edit: JournalEdit): Promise<void> {
    this.assertWritable()
    const parsed = parseInput(journalEditSchema, edit, 'edit')
    const slot = await this.slot(editionId)
    this.assertSlotWritable(slot)
    const at = laterThan(slot.current.updatedAt)
    let next: Edition
    try {
      next = applyJournalEdit(slot.current, parsed, at)
    } catch (error) {
      if (error instanceof JournalEditError) throw new StoreError('INVALID_INPUT', error.message)
      throw error
    }
    const record: JournalRecord = { v: 1, seq: slot.lastSeq + 1, at, editionId, edit: parsed }
    slot.lastSeq = record.seq
    slot.current = next
    slot.pending.push(record)
    slot.unsaved.push(record)
    slot.journalDirty = true
    try {
      slot.unsavedBytes += await slot.journal.append(record)
    } catch (error) {
      // Reload from disk on next access: memory must not claim an edit the disk does not have.
      this.slots.delete(editionId)
      throw writeFailure(`the edit journal of edition ${editionId}`, error)
    }
    this.parts.catalog.refreshVisible(slot.current)
    this.scheduleCatalog()
    if ((slot.unsaved.length >= FOLD_AFTER_EDITS || slot.unsavedBytes >= FOLD_AFTER_BYTES) && !slot.folding) {
      // The renderer has not saved in a long while: fold the journal in so replay stays short.
      slot.folding = true
      this.track(this.saveEdition(slot.current).catch(() => undefined).finally(() => { slot.folding = false }))
    }
  }

  async deleteEdition(id: string): Promise<void> {
    this.assertWritable()
    assertEditionId(id)
    const { layout } = this.parts
    const known = this.parts.catalog.has(id)
    const slot = await this.slot(id).catch((error: unknown) => {
      if (known) return null
      throw error
    })
    if (slot) this.assertSlotWritable(slot)
    await this.parts.writer.flush()
    const trashDir = join(layout.trash, `${fileStamp(new Date().toISOString())}-${id}`)
    try {
      await this.parts.fs.mkdir(trashDir, { recursive: true })
      for (const path of [editionPath(layout, id), journalPath(layout, id), historyDir(layout, id)]) {
        await this.parts.fs.rename(path, join(trashDir, path.slice(layout.editions.length + 1))).catch((error: unknown) => {
          if ((error as { code?: string }).code !== 'ENOENT') throw error
        })
      }
      await syncDirectory(this.parts.fs, layout.editions)
    } catch (error) {
      throw writeFailure(`edition ${id}`, error)
    }
    this.slots.delete(id)
    this.journals.delete(id)
    this.parts.catalog.delete(id)
    await resolveEditionProblems(this.parts.fs, layout, id)
    this.scheduleCatalog()
  }

  async listRevisions(id: string): Promise<RevisionInfo[]> {
    this.assertOpen()
    assertEditionId(id)
    const revisions = await listRevisionFiles(this.parts.layout, id)
    if (revisions.length === 0 && !this.parts.catalog.has(id)) await this.slot(id)
    return revisions
  }

  async restoreRevision(id: string, revisionId: string): Promise<Edition> {
    this.assertWritable()
    assertEditionId(id)
    const bytes = await readRevisionBytes(this.parts.layout, id, revisionId)
    if (!bytes) throw new StoreError('NOT_FOUND', `Edition ${id} has no revision "${revisionId}". List them with \`galley revisions ${id}\`.`)
    const read = parseStoredBytes('edition', bytes)
    if (read.status === 'newer') {
      throw new StoreError('STORE_NEWER_VERSION', `Revision ${revisionId} was written by a newer Galley (schema ${read.version}); update Galley to restore it.`)
    }
    if (read.status !== 'ok') {
      const reason = read.status === 'damaged' ? read.reason : 'unreadable'
      throw new StoreError('STORE_DAMAGED', `Revision ${revisionId} of edition ${id} is damaged too (${reason}); pick an older revision.`)
    }
    if (read.data.edition.id !== id) throw new StoreError('STORE_DAMAGED', `Revision ${revisionId} holds edition ${read.data.edition.id}, not ${id}.`)
    let slot = await this.slot(id).catch(() => null)
    if (!slot) {
      // The current file is gone (quarantined): the revision becomes the file again.
      this.slots.delete(id)
      await this.parts.fs.mkdir(this.parts.layout.editions, { recursive: true })
      slot = await loadEditionSlot(this.slotContext(), id, read.data.edition, { discardJournal: true, minSeq: read.data.journalSeq })
      this.slots.set(id, Promise.resolve(slot))
    }
    this.assertSlotWritable(slot)
    const updatedAt = laterThan(slot.current.updatedAt)
    slot.current = { ...read.data.edition, updatedAt }
    slot.pending = []
    slot.doc.data = { schemaVersion: SCHEMA_VERSIONS.edition, journalSeq: slot.lastSeq, edition: slot.current }
    await this.writeSlot(slot)
    await resolveEditionProblems(this.parts.fs, this.parts.layout, id)
    return slot.current
  }

  async getLexicon(): Promise<Lexicon> {
    this.assertOpen()
    return this.parts.small.getLexicon()
  }

  async saveLexicon(lexicon: Lexicon): Promise<void> {
    this.assertWritable()
    await this.parts.small.saveLexicon(lexicon)
  }

  async getSettings(): Promise<Settings> {
    this.assertOpen()
    return this.parts.small.getSettings()
  }

  async saveSettings(settings: Settings): Promise<void> {
    this.assertWritable()
    await this.parts.small.saveSettings(settings)
  }

  async listProblems(): Promise<StoreProblem[]> {
    this.assertOpen()
    const quarantined = await listQuarantined(this.parts.layout)
    const withOffers = await Promise.all(quarantined.map(async (problem) => ({
      ...problem,
      lastGoodRevision: problem.editionId ? await this.lastGoodRevision(problem.editionId) : null
    })))
    return [...withOffers, ...this.parts.problems]
  }

  async close(): Promise<void> {
    if (this.closed) return
    if (this.catalogTimer) clearTimeout(this.catalogTimer)
    this.catalogTimer = null
    try {
      for (const id of this.unpruned) this.track(this.prune(id))
      await Promise.allSettled([...this.background])
      await this.parts.writer.flush()
      if (!this.parts.readOnlyReason && this.parts.catalogWritable) await this.parts.flushCatalog().catch(() => undefined)
      await this.parts.writer.flush()
    } finally {
      this.closed = true
      await this.parts.lock?.release()
    }
  }

  /** Replays the journals found at start into their editions and saves them (recovery). */
  async replayJournals(ids: readonly string[]): Promise<void> {
    for (const id of ids) {
      const slot = await this.slot(id).catch(() => null)
      if (!slot || slot.pending.length === 0 || slot.readOnlyReason || this.parts.readOnlyReason) continue
      // If folding fails (disk full), the edits stay in the journal and in memory: the store
      // still opens and shows them, and the next save or start tries again.
      await this.saveEdition(slot.current).catch(() => undefined)
    }
  }

  /** Reads (or re-reads) the catalog line of each id from its file. */
  async refreshCatalogEntries(ids: readonly string[]): Promise<void> {
    for (const id of ids) {
      const slot = await this.slot(id).catch(() => null)
      if (slot) this.evictIdle(id)
    }
  }

  private async lastGoodRevision(id: string): Promise<string | null> {
    for (const revision of await listRevisionFiles(this.parts.layout, id)) {
      const bytes = await readRevisionBytes(this.parts.layout, id, revision.id)
      if (bytes && parseStoredBytes('edition', bytes).status === 'ok') return revision.id
    }
    return null
  }

  private slot(id: string): Promise<EditionSlot> {
    assertEditionId(id)
    let slot = this.slots.get(id)
    if (!slot) {
      // A write still in flight from a dropped slot must land before the file is read again.
      const context = this.slotContext()
      slot = this.parts.writer.idle(editionPath(this.parts.layout, id)).then(() => loadEditionSlot(context, id))
      this.slots.set(id, slot)
      slot.catch(() => this.slots.delete(id))
    }
    return slot
  }

  private slotContext(): SlotContext {
    return {
      ...this.parts,
      onCatalogChange: () => this.scheduleCatalog(),
      journalFor: (id) => {
        let journal = this.journals.get(id)
        if (!journal) {
          journal = new EditionJournal(this.parts.fs, journalPath(this.parts.layout, id))
          this.journals.set(id, journal)
        }
        return journal
      }
    }
  }

  private async writeSlot(slot: EditionSlot): Promise<void> {
    const id = slot.current.id
    try {
      await slot.doc.write()
    } catch (error) {
      this.slots.delete(id)
      throw writeFailure(`edition ${id}`, error)
    }
    // Journal compaction and revision pruning are housekeeping: off the acknowledged path.
    if (slot.journalDirty) {
      slot.journalDirty = false
      this.track(slot.journal.compact(() => slot.unsaved).then(
        () => { if (slot.unsaved.length > 0) slot.journalDirty = true },
        () => { slot.journalDirty = true }
      ))
    }
    if (slot.savesSincePrune % PRUNE_EVERY_SAVES === 0) {
      this.unpruned.delete(id)
      this.track(this.prune(id))
    } else {
      this.unpruned.add(id)
    }
    slot.savesSincePrune += 1
    this.evictIdle(id)
  }

  private prune(id: string): Promise<unknown> {
    return pruneRevisions(this.parts.fs, this.parts.layout, id, this.parts.small.revisionPolicy(), new Date()).catch(() => undefined)
  }

  private evictIdle(keep: string): void {
    if (this.slots.size <= MAX_IDLE_SLOTS) return
    for (const [id, promise] of this.slots) {
      if (this.slots.size <= MAX_IDLE_SLOTS) break
      if (id === keep) continue
      void promise.then((slot) => {
        const idle = slot.unsaved.length === 0 && !this.parts.writer.isBusy(editionPath(this.parts.layout, id))
        if (idle && this.slots.get(id) === promise) this.slots.delete(id)
      }, () => undefined)
    }
  }

  private scheduleCatalog(): void {
    if (this.parts.readOnlyReason || !this.parts.catalogWritable || this.catalogTimer || this.closed) return
    this.catalogTimer = setTimeout(() => {
      this.catalogTimer = null
      this.track(this.parts.flushCatalog().catch(() => undefined))
    }, CATALOG_DELAY_MS)
    this.catalogTimer.unref()
  }

  private track(promise: Promise<unknown>): void {
    this.background.add(promise)
    void promise.finally(() => this.background.delete(promise))
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreError('STORE_CLOSED', 'The edition store was closed; reopen the data folder.')
  }

  private assertWritable(): void {
    this.assertOpen()
    if (this.parts.readOnlyReason) throw new StoreError('STORE_READ_ONLY', this.parts.readOnlyReason)
  }

  private assertSlotWritable(slot: EditionSlot): void {
    if (slot.readOnlyReason) throw new StoreError('STORE_NEWER_VERSION', slot.readOnlyReason)
  }
}
