import { useTranslation } from 'react-i18next'
import type { Page } from '../../../../shared/model/edition'
import type { OpenDocument } from '../../state/session'
import { tintOf } from '../articles/tint'

/** The pages of the open edition, each with a thumbnail of its article layout; choosing one opens it (the current page is kept as edited). */
export function PageTabs({ doc, onSwitch }: { doc: OpenDocument; onSwitch: (pageId: string) => void }) {
  const { t } = useTranslation()
  const pages = doc.edition?.pages ?? []
  if (pages.length < 2) return null
  return (
    <nav className="page-tabs" aria-label={t('pages.label')} data-testid="page-tabs">
      {pages.map((page, i) => {
        const current = page.id === doc.page.id
        const shown = current ? doc.page : page
        const articles = shown.analysis.articles.length
        return (
          <button key={page.id} type="button" aria-current={current ? 'page' : undefined} onClick={() => onSwitch(page.id)}>
            <PageThumbnail page={shown} />
            {t('pages.tab', { n: i + 1, name: page.fileName, count: articles })}
          </button>
        )
      })}
    </nav>
  )
}

/** The page as a strip: each article's range in its tint, in source order (decorative: the tab names the page). */
function PageThumbnail({ page }: { page: Page }) {
  const length = Math.max(1, page.sourceText.length)
  return (
    <span className="page-thumb" aria-hidden="true">
      {page.analysis.articles.map((article) => (
        <span key={article.id} className={`tint-${tintOf(article.id)}`} style={{ top: `${(100 * article.sourceStart) / length}%`, height: `${(100 * (article.sourceEnd - article.sourceStart)) / length}%` }} />
      ))}
    </span>
  )
}
