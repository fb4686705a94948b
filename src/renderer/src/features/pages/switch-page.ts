import type { Dispatch } from 'react'
import { hasUnsavedChanges } from '../../state/editing'
import type { IpcClient } from '../../ipc/client'
import type { SessionAction, SessionState } from '../../state/session'

/**
 * Opens another page of the edition. Corrections on the page being left that autosave has not
 * journalled yet are journalled first, so nothing is lost between pages (each page has its own
 * history, which starts empty).
 */
export async function switchPage(client: IpcClient, getState: () => SessionState, dispatch: Dispatch<SessionAction>, pageId: string): Promise<void> {
  const doc = getState().doc
  if (!doc?.edition) return
  if (doc.readOnlyReason === null && hasUnsavedChanges(doc.editing)) {
    const result = await client.request('edition.appendEdit', {
      editionId: doc.edition.id,
      edit: { kind: 'replace-page-analysis', payload: { pageId: doc.page.id, analysis: doc.page.analysis } }
    })
    if (!result.ok) {
      dispatch({ type: 'failed', error: result.error, fileName: null })
      return
    }
  }
  dispatch({ type: 'page-switched', pageId })
}
