import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { OpenDocument } from '../../state/session'
import { ReviewProgressBar } from '../editions/review-progress-bar'
import { overviewOf } from './overview-counts'

/**
 * A small chart of the open edition (or page): articles per page, review progress, and tagged
 * names per type as bars in the entity colours. Each bar's count is written beside it, so the
 * chart reads the same without colour or sight.
 */
export function EditionOverview({ doc }: { doc: OpenDocument }) {
  const { t } = useTranslation()
  const pages = useMemo(
    () => (doc.edition ? doc.edition.pages.map((page) => (page.id === doc.page.id ? doc.page : page)) : [doc.page]),
    [doc.edition, doc.page]
  )
  const overview = useMemo(() => overviewOf(pages), [pages])
  const most = Math.max(1, ...overview.entities.map((e) => e.count))
  const mostArticles = Math.max(1, ...overview.pages.map((p) => p.articles))
  return (
    <section className="side-section overview" aria-labelledby="overview-heading" data-testid="overview">
      <header className="side-header"><h2 id="overview-heading">{t('overview.heading')}</h2></header>
      <ReviewProgressBar progress={overview.review} />
      <h3 className="tools-subheading">{t('overview.articlesPerPage')}</h3>
      <ul className="chart">
        {overview.pages.map((page, i) => (
          <li key={i}><span className="chart-label">{page.fileName}</span><span className="chart-bar page-bar" style={{ width: `${(60 * page.articles) / mostArticles}%` }} /><span>{page.articles}</span></li>
        ))}
      </ul>
      <h3 className="tools-subheading">{t('overview.entitiesPerType')}</h3>
      <ul className="chart" data-testid="entity-chart">
        {overview.entities.map(({ type, count }) => (
          <li key={type} data-type={type}><span className="chart-label">{t(`entity.${type}`)}</span><span className={`chart-bar ent-${type}`} style={{ width: `${(60 * count) / most}%` }} /><span>{count}</span></li>
        ))}
      </ul>
    </section>
  )
}
