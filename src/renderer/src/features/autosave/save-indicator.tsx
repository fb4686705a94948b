import { useTranslation } from 'react-i18next'
import type { SaveStatus } from '../../app/use-autosave'

/** Saved / saving / unsaved / failed (with what to do and a Retry button), announced politely. */
export function SaveIndicator({ status, onRetry, onSaveAs }: { status: SaveStatus | null; onRetry: () => void; onSaveAs: () => void }) {
  const { t } = useTranslation()
  if (status === null) return <span className="save-indicator" aria-live="polite" />
  return (
    <span aria-live="polite" className={`save-indicator save-${status.kind}`} data-testid="save-indicator" data-status={status.kind}>
      {status.kind === 'failed' ? (
        <>
          {t('autosave.failed', { message: status.message })}{' '}
          <button type="button" className="link" onClick={onRetry}>{t('autosave.retry')}</button>
        </>
      ) : status.kind === 'no-edition' ? (
        <button type="button" className="link" onClick={onSaveAs}>{t('autosave.noEdition')}</button>
      ) : status.kind === 'read-only' ? t('autosave.readOnly') : t(`autosave.${status.kind}`)}
    </span>
  )
}
