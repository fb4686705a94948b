import type { ErrorInfo } from '../../../shared/errors'
import type { Edition, Page } from '../../../shared/model/edition'
import type { OpenedEdition } from '../../../shared/store/store-types'

/**
 * The editing session as pure state transitions (state, action) -> state, so the workflow can
 * be reasoned about and tested without React. Issue 5's undo history will wrap `doc`.
 */

/** What is on screen: a page, and the edition it belongs to once saved or opened. */
export interface OpenDocument {
  readonly page: Page
  readonly edition: Edition | null
  readonly readOnlyReason: string | null
}

/** A message for the editor: success text (an i18n key with values) or a coded error. */
export type Notice =
  | { readonly kind: 'success'; readonly key: SuccessKey; readonly values: Readonly<Record<string, string | number>> }
  | { readonly kind: 'error'; readonly error: ErrorInfo; readonly fileName: string | null }

export type SuccessKey = 'status.opened' | 'save.saved' | 'save.resaved' | 'editions.opened' | 'drop.onlyFirst'

export type View = 'page' | 'editions'

export interface SessionState {
  readonly view: View
  readonly doc: OpenDocument | null
  readonly selectedArticleId: string | null
  readonly notice: Notice | null
  /** The file or edition being opened, shown while main works. */
  readonly busyWith: string | null
  readonly saveFormOpen: boolean
}

export type SessionAction =
  | { readonly type: 'busy'; readonly label: string }
  | { readonly type: 'page-opened'; readonly page: Page }
  | { readonly type: 'edition-opened'; readonly opened: OpenedEdition }
  | { readonly type: 'edition-saved'; readonly edition: Edition; readonly created: boolean }
  | { readonly type: 'article-selected'; readonly articleId: string | null }
  | { readonly type: 'failed'; readonly error: ErrorInfo; readonly fileName: string | null }
  | { readonly type: 'notice'; readonly notice: Notice | null }
  | { readonly type: 'show'; readonly view: View }
  | { readonly type: 'save-form'; readonly open: boolean }

export const initialSession: SessionState = {
  view: 'page',
  doc: null,
  selectedArticleId: null,
  notice: null,
  busyWith: null,
  saveFormOpen: false
}

/** Applies one action. A failure never clears the open document: a bad file changes nothing. */
export function sessionReducer(state: SessionState, action: SessionAction): SessionState {
  switch (action.type) {
    case 'busy':
      return { ...state, busyWith: action.label }
    case 'page-opened':
      return {
        ...state,
        view: 'page',
        doc: { page: action.page, edition: null, readOnlyReason: null },
        selectedArticleId: null,
        busyWith: null,
        saveFormOpen: false,
        notice: { kind: 'success', key: 'status.opened', values: { name: action.page.fileName, count: action.page.analysis.articles.length } }
      }
    case 'edition-opened': {
      const { edition, readOnly, readOnlyReason } = action.opened
      const page = edition.pages[0]
      if (page === undefined) {
        return { ...state, busyWith: null, notice: { kind: 'error', error: { code: 'NOT_FOUND', message: `The edition “${edition.newspaper}” has no pages.` }, fileName: null } }
      }
      return {
        ...state,
        view: 'page',
        doc: { page, edition, readOnlyReason: readOnly ? (readOnlyReason ?? '') : null },
        selectedArticleId: null,
        busyWith: null,
        saveFormOpen: false,
        notice: { kind: 'success', key: 'editions.opened', values: { newspaper: edition.newspaper, date: edition.date } }
      }
    }
    case 'edition-saved':
      if (state.doc === null) return state
      return {
        ...state,
        doc: { ...state.doc, edition: action.edition },
        busyWith: null,
        saveFormOpen: false,
        notice: { kind: 'success', key: action.created ? 'save.saved' : 'save.resaved', values: { newspaper: action.edition.newspaper, date: action.edition.date } }
      }
    case 'article-selected':
      return { ...state, selectedArticleId: action.articleId }
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

/** Closes a discriminated union: adding an action without handling it fails to compile. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`)
}
