import { useCallback, useState, type Dispatch } from 'react'
import type { ErrorInfo } from '../../../../shared/errors'
import { MAX_PAGE_FILE_BYTES } from '../../../../shared/ipc/limits'
import type { Page } from '../../../../shared/model/edition'
import type { IpcClient } from '../../ipc/client'
import type { SessionAction, SessionState } from '../../state/session'

/** One dropped file's outcome. */
export type FileResult =
  | { readonly name: string; readonly status: 'added'; readonly articles: number }
  | { readonly name: string; readonly status: 'refused'; readonly error: ErrorInfo }

/** A file main could not read for the open dialog: reported like a refused drop. */
export interface UnreadFile {
  readonly name: string
  readonly error: ErrorInfo
}

export interface BatchImport {
  readonly total: number
  readonly results: readonly FileResult[]
  readonly running: boolean
}

/**
 * Adds several files to the open edition as pages, one after another: each is analysed by main
 * (`page.analyzeBytes`) and journalled into the edition (`add-page`); a file that fails is
 * reported with its reason and the others go on. Progress and per-file results are kept for
 * the import panel.
 */
export function useBatchImport(client: IpcClient, getState: () => SessionState, dispatch: Dispatch<SessionAction>) {
  const [batch, setBatch] = useState<BatchImport | null>(null)

  const run = useCallback(async (files: readonly (File | UnreadFile)[]): Promise<void> => {
    const editionId = getState().doc?.edition?.id
    if (editionId === undefined) return
    const results: FileResult[] = []
    setBatch({ total: files.length, results, running: true })
    const added: Page[] = []
    for (const file of files) {
      const result = file instanceof File ? await importOne(client, editionId, file) : { status: 'refused' as const, error: file.error }
      if (result.status === 'added') added.push(result.page)
      results.push(result.status === 'added' ? { name: file.name, status: 'added', articles: result.page.analysis.articles.length } : { name: file.name, status: 'refused', error: result.error })
      setBatch({ total: files.length, results: [...results], running: results.length < files.length })
    }
    if (added.length > 0) dispatch({ type: 'pages-added', pages: added })
  }, [client, getState, dispatch])

  const dismiss = useCallback(() => setBatch(null), [])
  return { batch, run, dismiss }
}

async function importOne(client: IpcClient, editionId: string, file: File): Promise<{ status: 'added'; page: Page } | { status: 'refused'; error: ErrorInfo }> {
  if (file.size > MAX_PAGE_FILE_BYTES) return { status: 'refused', error: { code: 'FILE_TOO_LARGE', message: `${file.name}: over 20 MB` } }
  let bytes: Uint8Array<ArrayBuffer>
  try {
    bytes = new Uint8Array(await file.arrayBuffer())
  } catch (error) {
    return { status: 'refused', error: { code: 'FILE_UNREADABLE', message: `${file.name}: ${String(error)}` } }
  }
  const analysed = await client.request('page.analyzeBytes', { fileName: file.name, bytes })
  if (!analysed.ok) return { status: 'refused', error: analysed.error }
  const journalled = await client.request('edition.appendEdit', { editionId, edit: { kind: 'add-page', payload: { page: analysed.value } } })
  if (!journalled.ok) return { status: 'refused', error: journalled.error }
  return { status: 'added', page: analysed.value }
}
