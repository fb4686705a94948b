import type { Dispatch } from 'react'
import type { IpcClient } from '../../ipc/client'
import type { SessionAction, SessionState } from '../../state/session'

/**
 * Runs the engine again on the open page's (immutable) source text and replaces the analysis as
 * one undoable step marked as the engine's. Main analyses text sent as bytes (the same route as a
 * dropped file), so the page's UTF-8 encoding of its own text is what is sent.
 */
export async function reanalyse(client: IpcClient, getState: () => SessionState, dispatch: Dispatch<SessionAction>): Promise<void> {
  const doc = getState().doc
  if (!doc || doc.readOnlyReason !== null) return
  const result = await client.request('page.analyzeBytes', { fileName: doc.page.fileName, bytes: new TextEncoder().encode(doc.page.sourceText) })
  if (!result.ok) {
    dispatch({ type: 'failed', error: result.error, fileName: doc.page.fileName })
    return
  }
  // The page may have changed while main worked: re-analyse only the same page.
  if (getState().doc?.page.id !== doc.page.id) return
  dispatch({ type: 'edit-step', step: { type: 'edit', command: { type: 'replace-analysis', analysis: result.value.analysis }, origin: 'machine' } })
}
