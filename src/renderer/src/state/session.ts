import type { ErrorInfo } from '../../../shared/errors'
import type { Edition, Page } from '../../../shared/model/edition'
import type { OpenedEdition } from '../../../shared/store/store-types'
import type { EditErrorCode } from '../../../core/edit'
import { applyStep, reselect, startEditing, type EditStep, type PageEditing } from './editing'

/**
 * The editing session as pure state transitions (state, action) -> state, so the workflow can
 * be reasoned about and tested without React. Corrections, undo and redo go through the core's
 * editing session held in `doc.editing` (./editing.ts).
 */

/** What is on screen: a page, and the edition it belongs to once saved or opened. */
export interface OpenDocument {
  /** Always `editing.session.state`: the page with every correction so far. */
  readonly page: Page
  readonly editing: PageEditing
  readonly edition: Edition | null
  readonly readOnlyReason: string | null
}

/** A message for the editor: success text (an i18n key with values) or a coded error. */
export type Notice =
  | { readonly kind: 'success'; readonly key: SuccessKey; readonly values: Readonly<Record<string, string | number>> }
  | { readonly kind: 'error'; readonly error: ErrorInfo; readonly fileName: string | null }
  /** A correction the editing core refused; the code names what to do (edit.error.<code>). */
  | { readonly kind: 'refused'; readonly code: EditErrorCode }

export type SuccessKey = 'status.opened' | 'save.saved' | 'save.resaved' | 'editions.opened' | 'drop.onlyFirst'

export type View = 'page' | 'editions'

export interface SessionState {
  readonly view: View
  readonly doc: OpenDocument | null
  readonly selectedArticleId: string | null
  /** An entity selected in a card or the source; shown in both panes. */
  readonly selectedEntityId: string | null
  readonly notice: Notice | null
  /** The file or edition being opened, shown while main works. */
  readonly busyWith: string | null
  readonly saveFormOpen: boolean
}

export type SessionAction =
  | { readonly type: 'busy'; readonly label: string }
  | { readonly type: 'page-opened'; readonly page: Page }
  | { readonly type: 'edition-opened'; readonly opened: OpenedEdition }
  | { readonly type: 'edition-saved'; readonly edition: Edition; readonly created: boolean; readonly revision?: number }
  /** `selectEntity`: selected once the step is applied (a name just tagged); ignored if refused. */
  | { readonly type: 'edit-step'; readonly step: EditStep; readonly selectEntity?: { readonly articleId: string; readonly entityId: string } }
  /** The store holds the page as of `revision` (autosave journalled it). */
  | { readonly type: 'autosaved'; readonly revision: number; readonly pageId?: string }
  /** Another page of the open edition: the current one (as edited) goes back into the edition. */
  | { readonly type: 'page-switched'; readonly pageId: string }
  /** Pages imported into the open edition (already journalled by the store). */
  | { readonly type: 'pages-added'; readonly pages: readonly Page[] }
  | { readonly type: 'entity-selected'; readonly articleId: string; readonly entityId: string | null }
  | { readonly type: 'article-selected'; readonly articleId: string | null }
  | { readonly type: 'failed'; readonly error: ErrorInfo; readonly fileName: string | null }
  | { readonly type: 'notice'; readonly notice: Notice | null }
  | { readonly type: 'show'; readonly view: View }
  | { readonly type: 'save-form'; readonly open: boolean }

export const initialSession: SessionState = {
  view: 'page',
  doc: null,
  selectedArticleId: null,
  selectedEntityId: null,
  notice: null,
  busyWith: null,
  saveFormOpen: false
}

/** Applies one action. A failure never clears the open document: a bad file changes nothing. */
export function sessionReducer(state: SessionState, action: SessionAction): SessionState {
  switch (action.type) {
    case 'busy':
      return { ...state, busyWith: action.label }
    case 'page-opened': {
      const editing = startEditing(action.page, false)
      return {
        ...state,
        view: 'page',
        doc: { page: editing.session.state, editing, edition: null, readOnlyReason: null },
        selectedArticleId: null,
        selectedEntityId: null,
        busyWith: null,
        saveFormOpen: false,
        notice: { kind: 'success', key: 'status.opened', values: { name: action.page.fileName, count: action.page.analysis.articles.length } }
      }
    }
    case 'edition-opened': {
      const { edition, readOnly, readOnlyReason } = action.opened
      const page = edition.pages[0]
      if (page === undefined) {
        return { ...state, busyWith: null, notice: { kind: 'error', error: { code: 'NOT_FOUND', message: `The edition “${edition.newspaper}” has no pages.` }, fileName: null } }
      }
      const editing = startEditing(page, true)
      return {
        ...state,
        view: 'page',
        doc: { page: editing.session.state, editing, edition, readOnlyReason: readOnly ? (readOnlyReason ?? '') : null },
        selectedArticleId: null,
        selectedEntityId: null,
        busyWith: null,
        saveFormOpen: false,
        notice: { kind: 'success', key: 'editions.opened', values: { newspaper: edition.newspaper, date: edition.date } }
      }
    }
    case 'edition-saved':
      if (state.doc === null) return state
      return {
        ...state,
        // The page stays as edited: the saved edition holds it as of `revision`.
        doc: { ...state.doc, edition: action.edition, editing: { ...state.doc.editing, savedRevision: action.revision ?? state.doc.editing.revision } },
        busyWith: null,
        saveFormOpen: false,
        notice: { kind: 'success', key: action.created ? 'save.saved' : 'save.resaved', values: { newspaper: action.edition.newspaper, date: action.edition.date } }
      }
    case 'article-selected':
      return { ...state, selectedArticleId: action.articleId, selectedEntityId: null }
    case 'entity-selected':
      return { ...state, selectedArticleId: action.articleId, selectedEntityId: action.entityId }
    case 'edit-step':
      return editStep(state, action.step, action.selectEntity)
    case 'page-switched':
      return switchPage(state, action.pageId)
    case 'pages-added':
      if (!state.doc?.edition) return state
      return { ...state, doc: { ...state.doc, edition: { ...state.doc.edition, pages: [...state.doc.edition.pages, ...action.pages] } } }
    case 'autosaved':
      // An answer for a page the editor has since left says nothing about the page now open.
      if (state.doc === null || action.revision < state.doc.editing.savedRevision || (action.pageId !== undefined && action.pageId !== state.doc.page.id)) return state
      return { ...state, doc: { ...state.doc, editing: { ...state.doc.editing, savedRevision: action.revision } } }
    case 'failed':
      return { ...state, busyWith: null, notice: { kind: 'error', error: action.error, fileName: action.fileName } }
    case 'notice':
      return { ...state, notice: action.notice }
    case 'show':
      return { ...state, view: action.view, saveFormOpen: false }
    case 'save-form':
      return { ...state, saveFormOpen: action.open && state.doc !== null }
    default:
      return assertNever(action)
  }
}

/** The open edition with the open page (as edited) in place of its stored copy. */
export function editionWithPage(doc: OpenDocument): Edition | null {
  return doc.edition && { ...doc.edition, pages: doc.edition.pages.map((page) => (page.id === doc.page.id ? doc.page : page)) }
}

/** Switches to another page of the edition; the caller has had the store journal the current one. */
function switchPage(state: SessionState, pageId: string): SessionState {
  const doc = state.doc
  const edition = doc && editionWithPage(doc)
  const page = edition?.pages.find((p) => p.id === pageId)
  if (!doc || !edition || !page || page.id === doc.page.id) return state
  const editing = startEditing(page, true)
  return { ...state, doc: { ...doc, edition, page: editing.session.state, editing }, selectedArticleId: null, selectedEntityId: null }
}

/** One correction, undo or redo on the open page; a refusal becomes a notice and changes nothing. */
function editStep(state: SessionState, step: EditStep, selectEntity?: { readonly articleId: string; readonly entityId: string }): SessionState {
  const doc = state.doc
  if (doc === null || doc.readOnlyReason !== null) return state
  const outcome = applyStep(doc.editing, step)
  if (!outcome.ok) return outcome.error === null ? state : { ...state, notice: { kind: 'refused', code: outcome.error.code } }
  if (outcome.editing === doc.editing) return state
  const page = outcome.editing.session.state
  const selectedArticleId = reselect(doc.page.analysis, page.analysis, state.selectedArticleId)
  if (selectEntity && page.analysis.articles.some((a) => a.id === selectEntity.articleId && a.entities.some((e) => e.id === selectEntity.entityId))) {
    return { ...state, doc: { ...doc, page, editing: outcome.editing }, selectedArticleId: selectEntity.articleId, selectedEntityId: selectEntity.entityId, notice: state.notice?.kind === 'refused' ? null : state.notice }
  }
  // Undo and redo are announced by the history panel (its live region), not the notice bar.
  return {
    ...state,
    doc: { ...doc, page, editing: outcome.editing },
    selectedArticleId,
    selectedEntityId: selectedArticleId === state.selectedArticleId ? state.selectedEntityId : null,
    notice: state.notice?.kind === 'refused' ? null : state.notice
  }
}

/** Closes a discriminated union: adding an action without handling it fails to compile. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`)
}
