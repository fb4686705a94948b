import { useEffect, useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ErrorInfo } from '../../../../shared/errors'
import type { CatalogEntry } from '../../../../shared/store/catalog-file'
import type { IpcClient } from '../../ipc/client'
import { EDITION_SORTS, filterEditions, type EditionSort } from './edition-filter'
import { ReviewProgressBar } from './review-progress-bar'

type ListState = { readonly status: 'loading' } | { readonly status: 'loaded'; readonly entries: readonly CatalogEntry[] } | { readonly status: 'failed'; readonly error: ErrorInfo }

/** The saved editions with search, sort and review progress, each with an Open button. */
export function EditionList({ client, onOpen, onError }: { client: IpcClient; onOpen: (entry: CatalogEntry) => void; onError: (error: ErrorInfo) => void }) {
  const { t, i18n } = useTranslation()
  const [state, setState] = useState<ListState>({ status: 'loading' })
  const [query, setQuery] = useState('')
  const [sort, setSort] = useState<EditionSort>('updated')
  const id = useId()
  const shown = useMemo(() => (state.status === 'loaded' ? filterEditions(state.entries, query, sort) : []), [state, query, sort])

  useEffect(() => {
    let live = true
    void client.request('edition.list', {}).then((result) => {
      if (!live) return
      if (result.ok) {
        setState({ status: 'loaded', entries: [...result.value].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)) })
      } else {
        setState({ status: 'failed', error: result.error })
        onError(result.error)
      }
    })
    return () => { live = false }
  }, [client, onError])

  return (
    <section className="editions" aria-labelledby="editions-heading">
      <h2 id="editions-heading">{t('editions.heading')}</h2>
      {state.status === 'loading' && <p className="empty-note">{t('editions.loading')}</p>}
      {state.status === 'loaded' && state.entries.length === 0 && <p className="empty-note">{t('editions.none')}</p>}
      {state.status === 'loaded' && state.entries.length > 0 && (
        <div className="edition-controls">
          <label htmlFor={`${id}-q`}>{t('editionList.search')}</label>
          <input id={`${id}-q`} type="search" value={query} placeholder={t('editionList.searchPlaceholder')} onChange={(e) => setQuery(e.target.value)} />
          <label htmlFor={`${id}-s`}>{t('editionList.sort')}</label>
          <select id={`${id}-s`} value={sort} onChange={(e) => setSort(e.target.value as EditionSort)}>
            {EDITION_SORTS.map((key) => <option key={key} value={key}>{t(`editionList.sorts.${key}`)}</option>)}
          </select>
        </div>
      )}
      {state.status === 'loaded' && state.entries.length > 0 && shown.length === 0 && <p className="empty-note">{t('editionList.noMatch', { query })}</p>}
      {state.status === 'loaded' && shown.length > 0 && (
        <ul className="edition-list" data-testid="edition-list">
          {shown.map((entry) => (
            <li key={entry.id} className="edition-row" data-edition-id={entry.id}>
              <div>
                <strong>{entry.newspaper}</strong> <span>{entry.date}</span>
                {entry.issueNumber && <span> · {entry.issueNumber}</span>}
                <div className="pane-meta">
                  {t('editions.summary', { pages: entry.pageCount, articles: entry.articleCount, updated: new Date(entry.updatedAt).toLocaleString(i18n.language) })}
                </div>
                <ReviewProgressBar progress={entry.reviewProgress} />
              </div>
              <button type="button" onClick={() => onOpen(entry)}>{t('editions.open')}</button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
