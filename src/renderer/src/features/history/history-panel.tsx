import { forwardRef, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { listHistory, type History } from '../../../../core/history'
import { historyLabelText } from './history-label'

/**
 * The page's history: corrections done (oldest first), then the undone ones that redo would
 * bring back. Choosing a row undoes or redoes up to it; Undo and Redo buttons mirror the keys.
 */
export const HistoryPanel = forwardRef<HTMLElement, {
  history: History
  onUndo: () => void
  onRedo: () => void
  onJump: (steps: number) => void
}>(function HistoryPanel({ history, onUndo, onRedo, onJump }, ref) {
  const { t } = useTranslation()
  const rows = useMemo(() => listHistory(history), [history])
  const doneCount = history.done.length
  const last = history.done[doneCount - 1]
  return (
    <section className="side-section history-panel" aria-labelledby="history-heading" ref={ref} tabIndex={-1} data-testid="history-panel">
      <header className="side-header">
        <h2 id="history-heading">{t('history.heading')}</h2>
        <button type="button" onClick={onUndo} disabled={doneCount === 0} aria-keyshortcuts="Control+Z">{t('history.undo')}</button>
        <button type="button" onClick={onRedo} disabled={history.undone.length === 0} aria-keyshortcuts="Control+Shift+Z Control+Y">{t('history.redo')}</button>
      </header>
      <p className="sr-only" aria-live="polite">{last ? historyLabelText(t, last.label) : ''}</p>
      {rows.length === 0 ? (
        <p className="empty-note">{t('history.empty')}</p>
      ) : (
        <ol className="history-list">
          {rows.map((row, index) => {
            // Choosing row i leaves rows 0..i done: undo (negative) or redo (positive) the difference.
            const steps = index + 1 - doneCount
            return (
              <li key={row.id} className={`history-row ${row.status}`} data-status={row.status}>
                <button type="button" className="history-step" disabled={steps === 0} onClick={() => onJump(steps)} aria-current={index === doneCount - 1 ? 'step' : undefined}>
                  {historyLabelText(t, row.label)}
                  {row.origin === 'machine' && <span className="history-tag"> · {t('history.machine')}</span>}
                  {row.status === 'undone' && <span className="history-tag"> · {t('history.undone')}</span>}
                </button>
              </li>
            )
          })}
        </ol>
      )}
    </section>
  )
})
