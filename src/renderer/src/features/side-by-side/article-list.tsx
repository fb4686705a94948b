import { useEffect, useRef, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Article, Repair } from '../../../../shared/model/analysis'
import { ArticleCard } from '../articles/article-card'
import { EntityLegend } from '../articles/entity-legend'

/**
 * The articles in reading order. Each is a button (reachable by Tab); ↑/↓ move the selection,
 * so a page can be reviewed from the keyboard alone.
 */
export function ArticleList({ articles, sourceText, repairs, selectedArticleId, selectedEntityId, onSelect, onSelectEntity }: {
  articles: readonly Article[]
  sourceText: string
  repairs: readonly Repair[]
  selectedArticleId: string | null
  selectedEntityId: string | null
  onSelect: (id: string) => void
  onSelectEntity: (articleId: string, entityId: string) => void
}) {
  const { t } = useTranslation()
  const listRef = useRef<HTMLOListElement | null>(null)

  useEffect(() => {
    const selected = listRef.current?.querySelector<HTMLElement>('[aria-current="true"]')
    selected?.scrollIntoView({ block: 'nearest' })
  }, [selectedArticleId])

  // An entity chosen in the source pane is scrolled to in its card.
  useEffect(() => {
    if (selectedEntityId === null) return
    listRef.current?.querySelector<HTMLElement>(`[data-entity-id="${CSS.escape(selectedEntityId)}"]`)?.scrollIntoView({ block: 'nearest' })
  }, [selectedEntityId])

  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>): void => {
    // Alt+↑/↓ reorders the article (the workbench's shortcut), so only plain arrows move here.
    if ((event.key !== 'ArrowDown' && event.key !== 'ArrowUp') || event.altKey || event.ctrlKey || event.metaKey) return
    event.preventDefault()
    // Move from the card that has focus (Tab may have moved it), else from the selected one.
    const focusedId = (document.activeElement as HTMLElement | null)?.dataset.articleId ?? selectedArticleId
    const index = articles.findIndex((article) => article.id === focusedId)
    const next = articles[Math.min(articles.length - 1, Math.max(0, index + (event.key === 'ArrowDown' ? 1 : -1)))]
    if (next === undefined) return
    onSelect(next.id)
    listRef.current?.querySelector<HTMLElement>(`[data-article-id="${CSS.escape(next.id)}"]`)?.focus()
  }

  return (
    <section className="pane article-pane" aria-labelledby="articles-heading">
      <header className="pane-header">
        <h2 id="articles-heading">{t('articles.heading', { count: articles.length })}</h2>
        <EntityLegend />
      </header>
      {articles.length === 0 ? (
        <p className="empty-note">{t('articles.none')}</p>
      ) : (
        <ol className="article-list" ref={listRef} onKeyDown={onKeyDown} data-testid="article-list">
          {articles.map((article, index) => (
            <li key={article.id}>
              <ArticleCard
                article={article}
                index={index}
                sourceText={sourceText}
                repairs={repairs}
                selected={article.id === selectedArticleId}
                selectedEntityId={article.id === selectedArticleId ? selectedEntityId : null}
                onSelect={onSelect}
                onSelectEntity={onSelectEntity}
              />
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
