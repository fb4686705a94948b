import { useEffect, useRef, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Article } from '../../../../shared/model/analysis'

/**
 * The articles in reading order. Each is a button (reachable by Tab); ↑/↓ move the selection,
 * so a page can be reviewed from the keyboard alone.
 */
export function ArticleList({ articles, selectedArticleId, onSelect }: { articles: readonly Article[]; selectedArticleId: string | null; onSelect: (id: string) => void }) {
  const { t } = useTranslation()
  const listRef = useRef<HTMLOListElement | null>(null)

  useEffect(() => {
    const selected = listRef.current?.querySelector<HTMLElement>('[aria-current="true"]')
    selected?.scrollIntoView({ block: 'nearest' })
  }, [selectedArticleId])

  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>): void => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
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
      </header>
      {articles.length === 0 ? (
        <p className="empty-note">{t('articles.none')}</p>
      ) : (
        <ol className="article-list" ref={listRef} onKeyDown={onKeyDown} data-testid="article-list">
          {articles.map((article, index) => {
            const selected = article.id === selectedArticleId
            return (
              <li key={article.id}>
                <button
                  type="button"
                  className={`article-card tint-${index % 6}${selected ? ' selected' : ''}`}
                  aria-current={selected ? 'true' : undefined}
                  data-article-id={article.id}
                  onClick={() => onSelect(article.id)}
                >
                  <span className="article-order">{index + 1}</span>
                  <span className="article-body">
                    <span className="article-kind">{t(`articles.kind.${article.kind}`)}</span>
                    {article.kicker && <span className="article-kicker">{article.kicker}</span>}
                    <span className="article-headline">{article.headline || t('articles.untitled')}</span>
                    {article.subheadlines.map((sub, i) => <span key={i} className="article-sub">{sub}</span>)}
                    {article.reporters.length > 0 && <span className="article-byline">{t('articles.reporters', { names: article.reporters.join('、') })}</span>}
                    {article.photographers.length > 0 && <span className="article-byline">{t('articles.photographers', { names: article.photographers.join('、') })}</span>}
                    <span className="article-range-note">
                      {t('articles.range', { start: article.sourceStart, end: article.sourceEnd })}
                      {article.entities.length > 0 && <> · {t('articles.entities', { count: article.entities.length })}</>}
                    </span>
                  </span>
                </button>
              </li>
            )
          })}
        </ol>
      )}
    </section>
  )
}
