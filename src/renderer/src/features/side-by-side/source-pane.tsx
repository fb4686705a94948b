import { useEffect, useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { Page } from '../../../../shared/model/edition'
import { sourceSegments } from './source-segments'

/**
 * The page exactly as loaded. Each article's range is tinted; the selected one is highlighted and
 * scrolled into view. Clicking a range selects its article (the other direction of the link).
 */
export function SourcePane({ page, selectedArticleId, onSelect }: { page: Page; selectedArticleId: string | null; onSelect: (id: string) => void }) {
  const { t } = useTranslation()
  const selectedRef = useRef<HTMLElement | null>(null)
  const segments = useMemo(() => sourceSegments(page.sourceText.length, page.analysis.articles), [page])

  useEffect(() => {
    selectedRef.current?.scrollIntoView({ block: 'start', behavior: 'auto' })
  }, [selectedArticleId, page])

  return (
    <section className="pane source-pane" aria-label={t('source.label', { name: page.fileName })}>
      <header className="pane-header">
        <h2>{t('source.heading')}</h2>
        <span className="pane-meta">{t('source.meta', { name: page.fileName, encoding: page.encoding, chars: page.sourceText.length })}</span>
      </header>
      <pre className="source-text" data-testid="source-text" tabIndex={0}>
        {segments.map((segment) => {
          const text = page.sourceText.slice(segment.start, segment.end)
          if (segment.articleId === null) return <span key={segment.start}>{text}</span>
          const selected = segment.articleId === selectedArticleId
          const articleId = segment.articleId
          return (
            <span
              key={segment.start}
              ref={selected ? (element) => { selectedRef.current = element } : undefined}
              className={`article-range tint-${(segment.articleIndex ?? 0) % 6}${selected ? ' selected' : ''}`}
              data-article-id={articleId}
              data-start={segment.start}
              data-end={segment.end}
              data-selected={selected ? 'true' : undefined}
              onClick={() => onSelect(articleId)}
            >
              {text}
            </span>
          )
        })}
      </pre>
    </section>
  )
}
