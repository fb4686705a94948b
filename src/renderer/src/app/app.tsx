import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ErrorInfo } from '../../../shared/errors'
import type { MenuCommand } from '../../../shared/ipc/events'
import { NoticeBar } from '../components/notice-bar'
import { StoreProblems } from '../features/recovery/store-problems'
import { EditionList } from '../features/editions/edition-list'
import { SaveEditionForm } from '../features/editions/save-edition-form'
import { SaveIndicator } from '../features/autosave/save-indicator'
import { DropZone } from '../features/import/drop-zone'
import { reanalyse } from '../features/corrections/reanalyse'
import { ImportPanel } from '../features/pages/import-panel'
import { switchPage } from '../features/pages/switch-page'
import { useBatchImport, type UnreadFile } from '../features/pages/use-batch-import'
import { Workbench } from '../features/side-by-side/workbench'
import { UI_LANGUAGES } from '../i18n/i18n'
import type { IpcClient } from '../ipc/client'
import { assertNever, initialSession, sessionReducer } from '../state/session'
import { useAutosave } from './use-autosave'
import { useCommands } from './use-commands'

/** The application shell: toolbar, notices, and the page or edition-list view. */
export function App({ client }: { client: IpcClient }) {
  const { t, i18n } = useTranslation()
  const [state, dispatch] = useReducer(sessionReducer, initialSession)
  const stateRef = useRef(state)
  stateRef.current = state
  const getState = useCallback(() => stateRef.current, [])
  const commands = useCommands(client, dispatch, getState, t)
  const [dataDir, setDataDir] = useState<string | null>(null)
  const autosave = useAutosave(client, state.doc, dispatch)
  const batchImport = useBatchImport(client, getState, dispatch)
  const runImport = batchImport.run
  const onReanalyse = useCallback(() => { void reanalyse(client, getState, dispatch) }, [client, getState])
  const onSwitchPage = useCallback((pageId: string) => { void switchPage(client, getState, dispatch, pageId) }, [client, getState])

  const requestSave = useCallback((): void => {
    const { doc } = stateRef.current
    if (doc === null) return
    if (doc.edition !== null && doc.readOnlyReason === null) void commands.saveEdition()
    else dispatch({ type: 'save-form', open: true })
  }, [commands])

  // First start (no editions yet) opens the bundled sample; later starts show the edition list.
  // Once per client: `commands` changes with the language (it holds `t`), and re-running this on
  // a language switch would reopen the sample over the page being corrected.
  const commandsRef = useRef(commands)
  commandsRef.current = commands
  useEffect(() => {
    void client.request('app.startup', {}).then((result) => {
      if (!result.ok) {
        dispatch({ type: 'failed', error: result.error, fileName: null })
        return
      }
      setDataDir(result.value.dataDir)
      if (result.value.openSample) void commandsRef.current.openSample()
      else dispatch({ type: 'show', view: 'editions' })
    })
  }, [client])

  // Subscribed once; the ref always sees the latest commands and state.
  const menuRef = useRef<(command: MenuCommand) => void>(() => {})
  menuRef.current = (command) => {
    switch (command) {
      case 'open-file': void openFiles(); return
      case 'open-sample': void commands.openSample(); return
      case 'save-edition': requestSave(); return
      case 'show-editions': dispatch({ type: 'show', view: 'editions' }); return
      default: assertNever(command)
    }
  }
  useEffect(() => client.on('menu.command', ({ command }) => menuRef.current(command)), [client])

  // With an edition open, dropped files are added to it as pages; otherwise the first one opens.
  const onFiles = useCallback((files: File[]) => {
    const doc = stateRef.current.doc
    if (doc?.edition && doc.readOnlyReason === null && stateRef.current.view === 'page') void runImport(files)
    else void commands.openDroppedFiles(files)
  }, [commands, runImport])
  // File ▸ Open / the Open button: several files chosen are handled exactly like a drop of them;
  // a file main could not read is that file's refused result.
  const openFiles = useCallback(async (): Promise<void> => {
    const result = await client.request('page.openDialogMany', {})
    if (!result.ok) return dispatch({ type: 'failed', error: result.error, fileName: null })
    const chosen: (File | UnreadFile)[] = result.value.files.map((f) => (f.status === 'read' ? new File([f.bytes], f.fileName) : { name: f.fileName, error: f.error }))
    if (chosen.length === 0) return
    const doc = stateRef.current.doc
    if (doc?.edition && doc.readOnlyReason === null && stateRef.current.view === 'page') return runImport(chosen)
    const files = chosen.filter((f): f is File => f instanceof File)
    const unread = chosen.find((f): f is UnreadFile => !(f instanceof File))
    if (files.length > 0) return commands.openDroppedFiles(files)
    if (unread) dispatch({ type: 'failed', error: unread.error, fileName: unread.name })
  }, [client, commands, runImport])
  const onListError = useCallback((error: ErrorInfo) => dispatch({ type: 'failed', error, fileName: null }), [])
  const languageOptions = useMemo(() => UI_LANGUAGES.map((lng) => <option key={lng} value={lng}>{lng === 'zh-CN' ? '简体中文' : 'English'}</option>), [])

  const { doc, view } = state
  // Only a failed open of a damaged file can add a store problem after start; re-check just then.
  const damagedNotice = state.notice?.kind === 'error' && state.notice.error.code === 'STORE_DAMAGED' ? state.notice : null
  return (
    <DropZone onFiles={onFiles}>
      <div className="app" aria-busy={state.busyWith !== null}>
        <header className="toolbar">
          <h1 className="app-title">{t('app.title')}</h1>
          <nav className="toolbar-actions">
            <button type="button" onClick={() => void openFiles()}>{t('toolbar.openFile')}</button>
            <button type="button" onClick={() => void commands.openSample()}>{t('toolbar.openSample')}</button>
            <button type="button" disabled={doc === null} onClick={requestSave}>
              {doc?.edition && doc.readOnlyReason === null ? t('toolbar.save') : t('toolbar.saveAs')}
            </button>
            {view === 'editions' && doc !== null
              ? <button type="button" onClick={() => dispatch({ type: 'show', view: 'page' })}>{t('toolbar.backToPage')}</button>
              : <button type="button" onClick={() => dispatch({ type: 'show', view: 'editions' })}>{t('toolbar.editions')}</button>}
          </nav>
          <SaveIndicator status={autosave.status} onRetry={autosave.retry} onSaveAs={() => dispatch({ type: 'save-form', open: true })} />
          <span className="busy" aria-live="polite">
            {state.busyWith === null ? '' : state.busyWith === '' ? t('status.working') : t('status.opening', { name: state.busyWith })}
          </span>
          <label className="language">
            <span>{t('app.language')}</span>
            <select value={i18n.language} onChange={(event) => void i18n.changeLanguage(event.target.value)}>{languageOptions}</select>
          </label>
        </header>
        <NoticeBar notice={state.notice} onDismiss={() => dispatch({ type: 'notice', notice: null })} />
        <StoreProblems client={client} onRestored={(edition) => void commands.openEdition(edition.id, edition.newspaper)} onError={onListError} refreshToken={damagedNotice} />
        {batchImport.batch && <ImportPanel batch={batchImport.batch} onDismiss={batchImport.dismiss} />}
        {state.saveFormOpen && (
          <SaveEditionForm onSave={(meta) => void commands.saveAsEdition(meta)} onCancel={() => dispatch({ type: 'save-form', open: false })} />
        )}
        <main className="content">
          {view === 'editions' ? (
            <EditionList client={client} onOpen={(entry) => void commands.openEdition(entry.id, entry.newspaper)} onError={onListError} />
          ) : doc !== null ? (
            <Workbench doc={doc} selectedArticleId={state.selectedArticleId} selectedEntityId={state.selectedEntityId} dispatch={dispatch} getState={getState} onSave={requestSave} onSwitchPage={onSwitchPage} onReanalyse={onReanalyse} />
          ) : (
            <section className="empty-state">
              <h2>{t('empty.title')}</h2>
              <p>{t('empty.body')}</p>
            </section>
          )}
        </main>
        {dataDir !== null && <footer className="status-bar">{t('app.dataDir', { dir: dataDir })}</footer>}
      </div>
    </DropZone>
  )
}
