import { useEffect, useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { Page } from '../../../../shared/model/edition'
import { sourceChunks } from './source-chunks'
import { SourceRange } from './source-range'
import type { BoundaryHandlers } from './use-boundary-drag'
import { sourceSegments } from './source-segments'

/**
 * The page exactly as loaded. Each article's range is tinted; the selected one is highlighted and
 * scrolled into view. Clicking a range selects its article (the other direction of the link);
 * clicking a tagged name selects it in its card. Ranges render through memoised SourceRange.
 */
export function SourcePane({ page, selectedArticleId, selectedEntityId, line, onSelect, onSelectEntity, boundary }: {
  page: Page
  selectedArticleId: string | null
  selectedEntityId: string | null
  line: { readonly start: number; readonly end: number } | null
  onSelect: (id: string) => void
  onSelectEntity: (articleId: string, entityId: string) => void
  boundary: BoundaryHandlers | null
}) {
  const { t } = useTranslation()
  const preRef = useRef<HTMLPreElement | null>(null)
  const chunks = useMemo(() => sourceChunks(page.sourceText, sourceSegments(page.sourceText.length, page.analysis.articles)), [page.sourceText, page.analysis.articles])

  useEffect(() => {
    preRef.current?.querySelector('[data-selected="true"]')?.scrollIntoView({ block: 'start', behavior: 'auto' })
  }, [selectedArticleId, page.id])

  // An entity or line chosen in the other pane is scrolled to here.
  useEffect(() => {
    const target = selectedEntityId !== null
      ? preRef.current?.querySelector(`[data-entity-id="${CSS.escape(selectedEntityId)}"]`)
      : line !== null ? preRef.current?.querySelector('.in-line') : null
    target?.scrollIntoView({ block: 'center' })
  }, [selectedEntityId, line])

  return (
    <section className="pane source-pane" aria-label={t('source.label', { name: page.fileName })}>
      <header className="pane-header">
        <h2>{t('source.heading')}</h2>
        <span className="pane-meta">{t('source.meta', { name: page.fileName, encoding: page.encoding, chars: page.sourceText.length })}</span>
      </header>
      <pre className="source-text" data-testid="source-text" tabIndex={0} ref={preRef}>
        {chunks.map((chunk) => (
          <span key={chunk.find((s) => s.articleId !== null)?.articleId ?? chunk[0]?.start} className="source-chunk">
            {chunk.map((segment) => {
              const article = segment.articleId === null ? undefined : page.analysis.articles[segment.articleIndex ?? -1]
              if (article === undefined) return <span key={`${segment.start}`}>{page.sourceText.slice(segment.start, segment.end)}</span>
              const selected = article.id === selectedArticleId
              return (
                <SourceRange
                  key={article.id}
                  article={article}
                  index={segment.articleIndex ?? 0}
                  start={segment.start}
                  end={segment.end}
                  sourceText={page.sourceText}
                  repairs={page.analysis.repairs}
                  selected={selected}
                  selectedEntityId={selected ? selectedEntityId : null}
                  line={selected ? line : null}
                  onSelect={onSelect}
                  onSelectEntity={onSelectEntity}
                  boundary={boundary}
                />
              )
            })}
          </span>
        ))}
      </pre>
    </section>
  )
}
