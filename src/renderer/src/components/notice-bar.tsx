import { useTranslation } from 'react-i18next'
import { isErrorCode } from '../../../shared/errors'
import type { Notice } from '../state/session'

/**
 * Shows the latest success or error. Errors get a translated title from their code and main's
 * actionable message beneath it, in an alert region screen readers announce.
 */
export function NoticeBar({ notice, onDismiss }: { notice: Notice | null; onDismiss: () => void }) {
  const { t } = useTranslation()
  if (notice === null) return null
  if (notice.kind === 'success') {
    return (
      <div className="notice notice-success" role="status" data-testid="notice">
        <span>{t(notice.key, notice.values)}</span>
        <button type="button" className="link" onClick={onDismiss}>{t('status.dismiss')}</button>
      </div>
    )
  }
  if (notice.kind === 'refused') {
    return (
      <div className="notice notice-error" role="alert" data-testid="notice" data-code={notice.code}>
        <strong>{t('edit.refused')}</strong> <span>{t(`edit.error.${notice.code}`)}</span>
        <button type="button" className="link" onClick={onDismiss}>{t('status.dismiss')}</button>
      </div>
    )
  }
  const { code, message } = notice.error
  const title = isErrorCode(code) ? t(`errors.${code}`) : t('errors.unknown')
  return (
    <div className="notice notice-error" role="alert" data-testid="notice" data-code={code}>
      <div>
        <strong>{notice.fileName ? `${notice.fileName}: ${title}` : title}</strong>
        <p className="notice-detail">{message}</p>
      </div>
      <button type="button" className="link" onClick={onDismiss}>{t('status.dismiss')}</button>
    </div>
  )
}
