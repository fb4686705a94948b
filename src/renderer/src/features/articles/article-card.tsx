import { memo, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Article, Repair } from '../../../../shared/model/analysis'
import { bodyRuns } from './body-runs'
import { tintOf } from './tint'

export interface ArticleCardProps {
  readonly article: Article
  readonly index: number
  readonly sourceText: string
  readonly repairs: readonly Repair[]
  readonly selected: boolean
  readonly selectedEntityId: string | null
  readonly onSelect: (articleId: string) => void
  readonly onSelectEntity: (articleId: string, entityId: string) => void
}

/**
 * One article as a card: a select button (order, kind, review, kicker, headline, subheadlines)
 * and below it the bylines, dateline and body with its tagged names coloured by type. The body
 * is plain selectable text (not inside the button) so a caret and a selection can be placed in
 * it for split and typo fixes. Memoised: the core shares unchanged articles between steps, so a
 * correction re-renders only the cards it touched; the body is memoised apart from the reading
 * -order number, so a split or merge renumbering the cards after it does not redraw their bodies.
 */
export const ArticleCard = memo(function ArticleCard({ article, index, sourceText, repairs, selected, selectedEntityId, onSelect, onSelectEntity }: ArticleCardProps) {
  const { t } = useTranslation()
  const headingId = `card-${article.id}`
  return (
    <article className={`article-card tint-${tintOf(article.id)}${selected ? ' selected' : ''}`} aria-labelledby={headingId} data-card-id={article.id}>
      <button type="button" className="article-select" id={headingId} aria-current={selected ? 'true' : undefined} data-article-id={article.id} onClick={() => onSelect(article.id)}>
        <span className="article-order" aria-label={t('card.order', { n: index + 1 })}>{index + 1}</span>
        <span className="article-head">
          <span className="article-badges">
            <span className="article-kind" data-testid="article-kind">{t(`articles.kind.${article.kind}`)}</span>
            <span className={`review-badge review-${article.review}`} data-testid="review-badge">{t(`review.${article.review}`)}</span>
          </span>
          {article.kicker && <span className="article-kicker">{article.kicker}</span>}
          <span className="article-headline">{article.headline || t('articles.untitled')}</span>
          {article.subheadlines.map((sub, i) => <span key={i} className="article-sub">{sub}</span>)}
        </span>
      </button>
      {(article.reporters.length > 0 || article.photographers.length > 0 || article.dateline) && (
        <p className="article-byline">
          {article.reporters.length > 0 && <span>{t('articles.reporters', { names: article.reporters.join('、') })} </span>}
          {article.photographers.length > 0 && <span>{t('articles.photographers', { names: article.photographers.join('、') })} </span>}
          {article.dateline && <span>{t('card.dateline', { text: article.dateline })}</span>}
        </p>
      )}
      <ArticleBody article={article} sourceText={sourceText} repairs={repairs} selectedEntityId={selectedEntityId} onSelectEntity={onSelectEntity} />
    </article>
  )
})

/** The body with its tagged names: the heavy part of a card, redrawn only when its inputs change. */
const ArticleBody = memo(function ArticleBody({ article, sourceText, repairs, selectedEntityId, onSelectEntity }: Pick<ArticleCardProps, 'article' | 'sourceText' | 'repairs' | 'selectedEntityId' | 'onSelectEntity'>) {
  const { t } = useTranslation()
  const runs = useMemo(() => bodyRuns(sourceText, repairs, article), [sourceText, repairs, article])
  return (
    <p className="article-text" data-body-of={article.id} data-caret-article={article.id} data-testid="article-body">
      {runs.map((run) => {
        const key = `${run.bodyStart}-${run.kind}`
        const common = { 'data-src': run.sourceStart, 'data-body': run.bodyStart, 'data-kind': run.kind }
        if (run.entity === null) {
          return <span key={key} {...common} className={run.kind === 'repair' ? 'body-repair' : undefined}>{run.text}</span>
        }
        const entity = run.entity
        return (
          <mark
            key={key}
            {...common}
            className={`ent ent-${entity.type}${entity.id === selectedEntityId ? ' selected' : ''}${run.kind === 'repair' ? ' body-repair' : ''}`}
            data-entity-id={entity.id}
            title={t(`entity.${entity.type}`)}
            onClick={() => onSelectEntity(article.id, entity.id)}
          >
            {run.text}
          </mark>
        )
      })}
    </p>
  )
})
