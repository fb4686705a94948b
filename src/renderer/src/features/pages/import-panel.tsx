import { useTranslation } from 'react-i18next'
import { isErrorCode } from '../../../../shared/errors'
import type { BatchImport } from './use-batch-import'

/** Progress of a batch import and each file's result: added (with its article count) or refused and why. */
export function ImportPanel({ batch, onDismiss }: { batch: BatchImport; onDismiss: () => void }) {
  const { t } = useTranslation()
  const done = batch.results.length
  return (
    <section className="import-panel" aria-labelledby="import-heading" data-testid="import-panel">
      <h2 id="import-heading">{t('pages.importHeading', { done, total: batch.total })}</h2>
      <progress max={batch.total} value={done} aria-labelledby="import-heading" />
      <ul className="import-results">
        {batch.results.map((result, i) => (
          <li key={i} data-status={result.status}>
            <strong>{result.name}</strong>{': '}
            {result.status === 'added'
              ? t('pages.added', { count: result.articles })
              : <>{t('pages.refused')} {isErrorCode(result.error.code) ? t(`errors.${result.error.code}`) : t('errors.unknown')} — {result.error.message}</>}
          </li>
        ))}
      </ul>
      {!batch.running && <button type="button" className="link" onClick={onDismiss}>{t('status.dismiss')}</button>}
    </section>
  )
}
