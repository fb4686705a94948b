import { useMemo, type Dispatch } from 'react'
import type { TFunction } from 'i18next'
import type { EditionMeta } from '../../../shared/model/edition'
import { MAX_PAGE_FILE_BYTES } from '../../../shared/ipc/limits'
import type { IpcClient } from '../ipc/client'
import { editionWithPage, type SessionAction, type SessionState } from '../state/session'

/** The workflows behind the toolbar, the menu and drag-and-drop, as one object of async commands. */
export interface Commands {
  openSample(): Promise<void>
  openDroppedFiles(files: readonly File[]): Promise<void>
  saveAsEdition(meta: EditionMeta): Promise<void>
  saveEdition(): Promise<void>
  openEdition(id: string, label: string): Promise<void>
}

/** Builds the commands over the IPC client; every failure becomes a coded notice in the UI. */
export function useCommands(client: IpcClient, dispatch: Dispatch<SessionAction>, getState: () => SessionState, t: TFunction): Commands {
  return useMemo<Commands>(() => ({
    async openSample() {
      dispatch({ type: 'busy', label: '' })
      const result = await client.request('page.openSample', {})
      dispatch(result.ok ? { type: 'page-opened', page: result.value } : { type: 'failed', error: result.error, fileName: null })
    },
    async openDroppedFiles(files) {
      const file = files[0]
      if (file === undefined) return
      // Refuse an oversize file before reading it into memory; main checks again regardless.
      if (file.size > MAX_PAGE_FILE_BYTES) {
        dispatch({ type: 'failed', fileName: file.name, error: { code: 'FILE_TOO_LARGE', message: t('errors.tooLargeLocal', { name: file.name, size: (file.size / 1048576).toFixed(1) }) } })
        return
      }
      dispatch({ type: 'busy', label: file.name })
      let bytes: Uint8Array<ArrayBuffer>
      try {
        bytes = new Uint8Array(await file.arrayBuffer())
      } catch (error) {
        dispatch({ type: 'failed', fileName: file.name, error: { code: 'FILE_UNREADABLE', message: `${file.name}: ${String(error)}` } })
        return
      }
      const result = await client.request('page.analyzeBytes', { fileName: file.name, bytes })
      if (!result.ok) {
        dispatch({ type: 'failed', error: result.error, fileName: file.name })
        return
      }
      dispatch({ type: 'page-opened', page: result.value })
      if (files.length > 1) dispatch({ type: 'notice', notice: { kind: 'success', key: 'drop.onlyFirst', values: { name: file.name } } })
    },
    async saveAsEdition(meta) {
      const doc = getState().doc
      if (doc === null) return
      const revision = doc.editing.revision
      const result = await client.request('edition.create', { meta, pages: [doc.page] })
      dispatch(result.ok ? { type: 'edition-saved', edition: result.value, created: true, revision } : { type: 'failed', error: result.error, fileName: null })
    },
    async saveEdition() {
      const doc = getState().doc
      if (!doc?.edition) return
      // The edition as shown: the open page with every correction in place of its stored copy.
      const edition = editionWithPage(doc) ?? doc.edition
      const revision = doc.editing.revision
      const result = await client.request('edition.save', { edition })
      dispatch(result.ok ? { type: 'edition-saved', edition: { ...edition, updatedAt: result.value.updatedAt }, created: false, revision } : { type: 'failed', error: result.error, fileName: null })
    },
    async openEdition(id, label) {
      dispatch({ type: 'busy', label })
      const result = await client.request('edition.open', { id })
      dispatch(result.ok ? { type: 'edition-opened', opened: result.value } : { type: 'failed', error: result.error, fileName: null })
    }
  }), [client, dispatch, getState, t])
}
