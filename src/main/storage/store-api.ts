import type { Edition, EditionMeta, Page } from '../../shared/model/edition'
import type { CatalogEntry } from '../../shared/store/catalog-file'
import type { JournalEdit } from '../../shared/store/journal-edit'
import type { Lexicon } from '../../shared/store/lexicon-file'
import type { Settings } from '../../shared/store/settings-file'
import type { OpenedEdition, RevisionInfo, StoreProblem } from '../../shared/store/store-types'

/** The edition store as the app shell, the IPC router and the CLI see it (docs/storage.md). */
export interface EditionStore {
  readonly dataDir: string
  listEditions(): Promise<CatalogEntry[]>
  createEdition(meta: EditionMeta, pages?: Page[]): Promise<Edition>
  getEdition(id: string): Promise<OpenedEdition>
  saveEdition(edition: Edition): Promise<{ updatedAt: string }>
  appendEdit(editionId: string, edit: JournalEdit): Promise<void>
  deleteEdition(id: string): Promise<void>
  listRevisions(id: string): Promise<RevisionInfo[]>
  restoreRevision(id: string, revisionId: string): Promise<Edition>
  getLexicon(): Promise<Lexicon>
  saveLexicon(lexicon: Lexicon): Promise<void>
  getSettings(): Promise<Settings>
  saveSettings(settings: Settings): Promise<void>
  listProblems(): Promise<StoreProblem[]>
  close(): Promise<void>
}
