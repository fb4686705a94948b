import { useCallback, useEffect, useRef, useState, type Dispatch } from 'react'
import type { IpcClient } from '../ipc/client'
import type { OpenDocument, SessionAction } from '../state/session'

/** What the save indicator shows. */
export type SaveStatus =
  | { readonly kind: 'no-edition' | 'read-only' | 'saved' | 'unsaved' | 'saving' }
  | { readonly kind: 'failed'; readonly message: string }

/** Autosave waits this long after the last correction, so a burst of keys is one journal line. */
export const AUTOSAVE_DELAY_MS = 300

/**
 * Journals the open page's analysis (`edition.appendEdit`, `replace-page-analysis`) within a
 * second of each correction, one request at a time; the store fsyncs it before answering, so
 * "saved" means on disk. A failure is shown with the store's message and retried on the next
 * correction or by the Retry button.
 */
export function useAutosave(client: IpcClient, doc: OpenDocument | null, dispatch: Dispatch<SessionAction>): { status: SaveStatus | null; retry: () => void } {
  const docRef = useRef(doc)
  docRef.current = doc
  const inFlight = useRef(false)
  const [saving, setSaving] = useState(false)
  const [failure, setFailure] = useState<string | null>(null)
  const [attempt, setAttempt] = useState(0)

  const flush = useCallback(async (): Promise<void> => {
    const current = docRef.current
    if (inFlight.current || current?.edition == null || current.readOnlyReason !== null) return
    const { revision, savedRevision } = current.editing
    if (revision === savedRevision) return
    inFlight.current = true
    setSaving(true)
    const result = await client.request('edition.appendEdit', {
      editionId: current.edition.id,
      edit: { kind: 'replace-page-analysis', payload: { pageId: current.page.id, analysis: current.page.analysis } }
    })
    inFlight.current = false
    setSaving(false)
    if (result.ok) {
      setFailure(null)
      dispatch({ type: 'autosaved', revision, pageId: current.page.id })
    } else {
      setFailure(result.error.message)
    }
  }, [client, dispatch])

  const revision = doc?.editing.revision
  const savedRevision = doc?.editing.savedRevision
  const editionId = doc?.edition?.id
  useEffect(() => {
    if (editionId === undefined || revision === savedRevision) return
    const timer = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS)
    return () => clearTimeout(timer)
  }, [revision, savedRevision, editionId, attempt, flush])

  const retry = useCallback(() => setAttempt((n) => n + 1), [])

  let status: SaveStatus | null = null
  if (doc !== null) {
    if (doc.readOnlyReason !== null) status = { kind: 'read-only' }
    else if (doc.edition === null) status = { kind: 'no-edition' }
    else if (saving) status = { kind: 'saving' }
    else if (failure !== null) status = { kind: 'failed', message: failure }
    else status = { kind: doc.editing.revision === doc.editing.savedRevision ? 'saved' : 'unsaved' }
  }
  return { status, retry }
}
