import type { Edition, EditionMeta, Page, SourceEncoding } from '../../shared/model/edition'
import type { PageAnalysis } from '../../shared/model/analysis'
import type { CatalogEntry } from '../../shared/store/catalog-file'
import type { JournalEdit } from '../../shared/store/journal-edit'
import type { OpenedEdition, RevisionInfo, StoreProblem } from '../../shared/store/store-types'

/**
 * What the route handlers need from the rest of main, as narrow interfaces. The Electron entry
 * (src/main/index.ts) and the tests wire in the real storage, decoder, engine and dialog; only
 * the dialog is ever replaced in tests, because it needs a person.
 */

/** The part of the edition store (src/main/storage) the handlers use. */
export interface EditionStorePort {
  listEditions(): Promise<CatalogEntry[]>
  createEdition(meta: EditionMeta, pages?: Page[]): Promise<Edition>
  getEdition(id: string): Promise<OpenedEdition>
  saveEdition(edition: Edition): Promise<{ updatedAt: string }>
  appendEdit(editionId: string, edit: JournalEdit): Promise<void>
  listProblems(): Promise<StoreProblem[]>
  listRevisions(id: string): Promise<RevisionInfo[]>
  restoreRevision(id: string, revisionId: string): Promise<Edition>
}

/** A page file's text once decoded (BOM removed) and the encoding it was found in. */
export interface DecodedPageText {
  readonly text: string
  readonly encoding: SourceEncoding
}

export interface HandlerDeps {
  /** Opened lazily: the store takes a lock, and a read-only failure should not stop the UI. */
  readonly getStore: () => Promise<EditionStorePort>
  /** Decodes page bytes; throws a coded error (FILE_EMPTY, FILE_BINARY, FILE_TOO_LARGE…) naming `fileName`. */
  readonly decode: (bytes: Uint8Array, fileName: string) => DecodedPageText
  /** Splits the page into articles and tags entities. */
  readonly analyze: (text: string) => PageAnalysis
  /** Reads and decodes a page file; throws a coded error (FILE_NOT_FOUND, FILE_UNREADABLE, or decode's). */
  readonly readPage: (path: string) => Promise<DecodedPageText>
  /** Asks the person for a page file; null when they cancel. */
  readonly choosePageFile: () => Promise<string | null>
  /** Asks for one or more page files; [] when they cancel. Absent: the one-file dialog is used. */
  readonly choosePageFiles?: () => Promise<string[]>
  readonly samplePath: string
  readonly dataDir: string
  readonly version: string
  /** Launched with --sample: open the sample even when editions exist. */
  readonly forceSample: boolean
  readonly newId: () => string
  readonly now: () => Date
}
