import type { OpenDocument } from '../../state/session'
import { useTranslation } from 'react-i18next'
import { ArticleList } from './article-list'
import { SourcePane } from './source-pane'

/** Source and articles side by side, linked by the selected article. */
export function Workbench({ doc, selectedArticleId, onSelect }: { doc: OpenDocument; selectedArticleId: string | null; onSelect: (id: string) => void }) {
  const { t } = useTranslation()
  return (
    <>
      {doc.readOnlyReason !== null && <p className="read-only-note" role="note">{t('editions.readOnly', { reason: doc.readOnlyReason })}</p>}
      <div className="workbench">
        <SourcePane page={doc.page} selectedArticleId={selectedArticleId} onSelect={onSelect} />
        <ArticleList articles={doc.page.analysis.articles} selectedArticleId={selectedArticleId} onSelect={onSelect} />
      </div>
    </>
  )
}
