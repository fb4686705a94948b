import { useTranslation } from 'react-i18next'
import type { OpenDocument } from '../../state/session'

/** The pages of the open edition; choosing one opens it (the current page is kept as edited). */
export function PageTabs({ doc, onSwitch }: { doc: OpenDocument; onSwitch: (pageId: string) => void }) {
  const { t } = useTranslation()
  const pages = doc.edition?.pages ?? []
  if (pages.length < 2) return null
  return (
    <nav className="page-tabs" aria-label={t('pages.label')} data-testid="page-tabs">
      {pages.map((page, i) => {
        const current = page.id === doc.page.id
        const articles = (current ? doc.page : page).analysis.articles.length
        return (
          <button key={page.id} type="button" aria-current={current ? 'page' : undefined} onClick={() => onSwitch(page.id)}>
            {t('pages.tab', { n: i + 1, name: page.fileName, count: articles })}
          </button>
        )
      })}
    </nav>
  )
}
