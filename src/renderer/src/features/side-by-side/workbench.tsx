import { useCallback, useEffect, useRef, useState, type Dispatch } from 'react'
import { useTranslation } from 'react-i18next'
import { ARTICLE_KINDS, ENTITY_TYPES } from '../../../../shared/model/analysis'
import type { OpenDocument, SessionAction, SessionState } from '../../state/session'
import { selectedBodyRange } from '../corrections/caret'
import { CorrectionPanel } from '../corrections/correction-panel'
import { FieldsForm } from '../corrections/fields-form'
import { TypoForm, type TypoTarget } from '../corrections/typo-form'
import { useCorrections } from '../corrections/use-corrections'
import { HistoryPanel } from '../history/history-panel'
import { EditionOverview } from '../overview/edition-overview'
import { PageTabs } from '../pages/page-tabs'
import { isTypingTarget, matchShortcut, type Matched } from '../shortcuts/shortcut-keys'
import { ShortcutsDialog } from '../shortcuts/shortcuts-dialog'
import { ArticleList } from './article-list'
import { PaneSplitter, useSourceWidth } from './pane-splitter'
import { SourcePane } from './source-pane'
import { useBoundaryDrag } from './use-boundary-drag'

type Form = { readonly kind: 'fields' } | { readonly kind: 'typo'; readonly target: TypoTarget } | null

/**
 * The review workbench: source and articles side by side, linked by the selected article and
 * entity, with the correction panel and the history beside them. Owns the keyboard: every
 * correction has a key (`?` lists them), handled here while a page is open.
 */
export function Workbench({ doc, selectedArticleId, selectedEntityId, dispatch, getState, onSave, onSwitchPage, onReanalyse }: {
  doc: OpenDocument
  selectedArticleId: string | null
  selectedEntityId: string | null
  dispatch: Dispatch<SessionAction>
  getState: () => SessionState
  onSave: () => void
  onSwitchPage: (pageId: string) => void
  /** Runs the engine again on the page: one undoable step. */
  onReanalyse: () => void
}) {
  const { t } = useTranslation()
  const corrections = useCorrections(getState, dispatch)
  const boundary = useBoundaryDrag(getState, dispatch)
  const [sourceWidth, setSourceWidth] = useSourceWidth()
  const [form, setForm] = useState<Form>(null)
  const [line, setLine] = useState<{ start: number; end: number } | null>(null)
  const [help, setHelp] = useState(false)
  const panelRef = useRef<HTMLElement | null>(null)
  const historyRef = useRef<HTMLElement | null>(null)
  const readOnly = doc.readOnlyReason !== null
  const articles = doc.page.analysis.articles
  const index = articles.findIndex((a) => a.id === selectedArticleId)
  const article = articles[index]
  const entity = selectedEntityId === null ? undefined : article?.entities.find((e) => e.id === selectedEntityId)

  const onSelect = useCallback((articleId: string) => dispatch({ type: 'article-selected', articleId }), [dispatch])
  const onSelectEntity = useCallback((articleId: string, entityId: string) => dispatch({ type: 'entity-selected', articleId, entityId }), [dispatch])
  useEffect(() => { setLine(null); setForm((f) => (f?.kind === 'fields' ? null : f)) }, [selectedArticleId])

  // With body text selected, that text is replaced; otherwise the form asks what to find.
  const openTypo = useCallback((): void => {
    const range = selectedBodyRange()
    if (range !== null) {
      if (range.articleId !== getState().selectedArticleId) dispatch({ type: 'article-selected', articleId: range.articleId })
      setForm({ kind: 'typo', target: range })
      return
    }
    const articleId = getState().selectedArticleId
    if (articleId === null) dispatch({ type: 'notice', notice: { kind: 'refused', code: 'EMPTY_SPAN' } })
    else setForm({ kind: 'typo', target: { articleId, start: 0, end: 0, text: '' } })
  }, [dispatch, getState])

  const act = useCallback((matched: Matched): void => {
    const state = getState()
    const list = state.doc?.page.analysis.articles ?? []
    switch (matched.action) {
      case 'select': {
        const at = list.findIndex((a) => a.id === state.selectedArticleId)
        const next = list[Math.min(list.length - 1, Math.max(0, at < 0 ? 0 : at + matched.delta))]
        if (!next) return
        onSelect(next.id)
        document.querySelector<HTMLElement>(`.article-select[data-article-id="${CSS.escape(next.id)}"]`)?.focus()
        return
      }
      case 'split': return corrections.split()
      case 'mergePrevious': return corrections.merge('previous')
      case 'mergeNext': return corrections.merge('next')
      case 'moveFirstLine': return corrections.moveEdgeLine('previous')
      case 'moveLastLine': return corrections.moveEdgeLine('next')
      case 'reorder': return corrections.reorder(matched.delta)
      case 'kind': return corrections.setKind(ARTICLE_KINDS[matched.index] ?? 'news')
      case 'review': return matched.reset ? corrections.setReview('auto') : corrections.advanceReview()
      case 'fields': if (state.selectedArticleId !== null) setForm({ kind: 'fields' }); return
      case 'typo': return openTypo()
      case 'lines': panelRef.current?.querySelector<HTMLElement>('[data-testid="role-select"]')?.focus(); return
      case 'delete': return corrections.remove()
      case 'tagEntity': return corrections.tagAs(ENTITY_TYPES[matched.index] ?? 'OTHER')
      case 'resizeEntity': return corrections.resizeEntity('end', matched.delta)
      case 'removeEntity': return corrections.removeEntity()
      case 'undo': return corrections.undo()
      case 'redo': return corrections.redo()
      case 'save': return onSave()
      case 'history': (historyRef.current?.querySelector<HTMLElement>('button:not(:disabled)') ?? historyRef.current)?.focus(); return
      case 'help': setHelp(true); return
    }
  }, [corrections, getState, onSave, onSelect, openTypo])

  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || document.querySelector('dialog[open]')) return
      const matched = matchShortcut(event, isTypingTarget(event.target))
      if (matched === null) return
      // Corrections are off on a read-only edition; moving around and help still work.
      if (readOnly && !['select', 'help', 'history', 'lines', 'save'].includes(matched.action)) return
      event.preventDefault()
      act(matched)
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [act, readOnly])

  const formView = form === null || !article ? null : form.kind === 'fields' ? (
    <FieldsForm key={article.id} article={article} onCancel={() => setForm(null)} onApply={(fields) => { corrections.setFields(fields); setForm(null) }} />
  ) : (
    <TypoForm
      target={form.target}
      body={articles.find((a) => a.id === form.target.articleId)?.body ?? ''}
      onCancel={() => setForm(null)}
      onApply={(start, end, text) => { corrections.fixTypo(form.target.articleId, start, end, text); setForm(null) }}
    />
  )

  return (
    <>
      {doc.readOnlyReason !== null && <p className="read-only-note" role="note">{t('editions.readOnly', { reason: doc.readOnlyReason })}</p>}
      <PageTabs doc={doc} onSwitch={onSwitchPage} />
      <div className="workbench" style={{ gridTemplateColumns: `minmax(0, ${sourceWidth}fr) 6px minmax(0, ${100 - sourceWidth}fr) minmax(260px, 320px)` }}>
        <SourcePane page={doc.page} selectedArticleId={selectedArticleId} selectedEntityId={selectedEntityId} line={line} onSelect={onSelect} onSelectEntity={onSelectEntity} boundary={readOnly ? null : boundary} />
        <PaneSplitter width={sourceWidth} onWidth={setSourceWidth} />
        <ArticleList
          articles={articles}
          sourceText={doc.page.sourceText}
          repairs={doc.page.analysis.repairs}
          selectedArticleId={selectedArticleId}
          selectedEntityId={selectedEntityId}
          onSelect={onSelect}
          onSelectEntity={onSelectEntity}
        />
        <aside className="side-pane">
          <div className="side-top">
            <button type="button" className="small" onClick={onReanalyse} disabled={readOnly}>{t('tools.reanalyse')}</button>
            <button type="button" className="link shortcuts-button" onClick={() => setHelp(true)} aria-keyshortcuts="?">{t('shortcuts.show')}</button>
          </div>
          <CorrectionPanel
            ref={panelRef}
            page={doc.page}
            article={article}
            entity={entity}
            index={index}
            readOnly={readOnly}
            corrections={corrections}
            onLine={setLine}
            onEditFields={() => setForm({ kind: 'fields' })}
            onFixTypo={openTypo}
          >
            {formView}
          </CorrectionPanel>
          <HistoryPanel ref={historyRef} history={doc.editing.session.history} onUndo={corrections.undo} onRedo={corrections.redo} onJump={corrections.jump} />
          <EditionOverview doc={doc} />
        </aside>
      </div>
      {help && <ShortcutsDialog onClose={() => setHelp(false)} />}
    </>
  )
}
