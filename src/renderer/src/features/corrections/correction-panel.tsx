import { forwardRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ARTICLE_KINDS, LINE_ROLES, REVIEW_STATES, type Article, type ArticleKind, type Entity, type LineRole, type ReviewState } from '../../../../shared/model/analysis'
import type { Page } from '../../../../shared/model/edition'
import { repairKindKey, visible } from '../side-by-side/source-range'
import { EntityTools } from './entity-tools'
import type { Corrections } from './use-corrections'

export interface CorrectionPanelProps {
  readonly page: Page
  readonly article: Article | undefined
  /** The tagged name selected in a card or the source, if any. */
  readonly entity?: Entity | undefined
  readonly index: number
  readonly readOnly: boolean
  readonly corrections: Corrections
  /** The line whose row has focus or was chosen: highlighted in the source pane. */
  readonly onLine: (line: { start: number; end: number } | null) => void
  readonly onEditFields: () => void
  readonly onFixTypo: () => void
  readonly children?: ReactNode
}

const excerpt = (text: string): string => (text.length > 36 ? `${text.slice(0, 35).trim()}…` : text.trim())

/**
 * The corrections of the selected article as buttons and selects (each also has a key, see the
 * `?` list): split, merge, reorder, delete, kind, review, fields, typo, each line's role and
 * moving an edge line, the repairs inside it (revert / re-apply), and the trash (restore).
 */
export const CorrectionPanel = forwardRef<HTMLElement, CorrectionPanelProps>(function CorrectionPanel({ page, article, entity, index, readOnly, corrections: c, onLine, onEditFields, onFixTypo, children }, ref) {
  const { t } = useTranslation()
  const trash = page.analysis.deletedArticles ?? []
  const repairs = article ? page.analysis.repairs.filter((r) => r.sourceStart < article.sourceEnd && r.sourceEnd > article.sourceStart) : []
  return (
    <section className="side-section correction-panel" aria-labelledby="tools-heading" ref={ref} tabIndex={-1} data-testid="correction-panel">
      <header className="side-header">
        <h2 id="tools-heading">{article ? t('tools.heading', { n: index + 1 }) : t('tools.none')}</h2>
      </header>
      {article && (
        <fieldset className="tools" disabled={readOnly}>
          <div className="tool-row">
            <button type="button" onClick={c.split} aria-keyshortcuts="S">{t('tools.split')}</button>
            <button type="button" onClick={() => c.merge('previous')} aria-keyshortcuts="[">{t('tools.mergePrevious')}</button>
            <button type="button" onClick={() => c.merge('next')} aria-keyshortcuts="]">{t('tools.mergeNext')}</button>
            <button type="button" onClick={() => c.reorder(-1)} disabled={index === 0} aria-keyshortcuts="Alt+ArrowUp">{t('tools.moveUp')}</button>
            <button type="button" onClick={() => c.reorder(1)} disabled={index === page.analysis.articles.length - 1} aria-keyshortcuts="Alt+ArrowDown">{t('tools.moveDown')}</button>
            <button type="button" onClick={c.remove} aria-keyshortcuts="Delete">{t('tools.delete')}</button>
          </div>
          <div className="tool-row">
            <label>
              {t('tools.kind')}{' '}
              <select value={article.kind} onChange={(e) => c.setKind(e.target.value as ArticleKind)} data-testid="kind-select">
                {ARTICLE_KINDS.map((kind) => <option key={kind} value={kind}>{t(`articles.kind.${kind}`)}</option>)}
              </select>
            </label>
            <label>
              {t('review.label')}{' '}
              <select value={article.review} onChange={(e) => c.setReview(e.target.value as ReviewState)} data-testid="review-select" aria-keyshortcuts="R">
                {REVIEW_STATES.map((review) => <option key={review} value={review}>{t(`review.${review}`)}</option>)}
              </select>
            </label>
          </div>
          <div className="tool-row">
            <button type="button" onClick={onEditFields} aria-keyshortcuts="E">{t('tools.editFields')}</button>
            <button type="button" onClick={onFixTypo} aria-keyshortcuts="T">{t('tools.fixTypo')}</button>
          </div>
          {children}
          <EntityTools entity={entity} corrections={c} />
          <h3 className="tools-subheading">{t('tools.lines')}</h3>
          <ol className="line-list" data-testid="line-list">
            {article.lines.map((line, i) => {
              const text = excerpt(page.sourceText.slice(line.sourceStart, line.sourceEnd))
              const range = { start: line.sourceStart, end: line.sourceEnd }
              return (
                <li key={line.sourceStart} className="line-row" data-line-start={line.sourceStart} onFocus={() => onLine(range)}>
                  <select aria-label={`${t('tools.lines')} ${i + 1}: ${text}`} value={line.role} onChange={(e) => c.setRole(line.sourceStart, e.target.value as LineRole)} data-testid="role-select">
                    {LINE_ROLES.map((role) => <option key={role} value={role}>{t(`role.${role}`)}</option>)}
                  </select>
                  <span className="line-text">{text}</span>
                  {i === 0 && <button type="button" className="small" onClick={() => c.moveLine(line.sourceStart, 'previous')} aria-keyshortcuts=",">{t('tools.toPrevious')}</button>}
                  {i === article.lines.length - 1 && <button type="button" className="small" onClick={() => c.moveLine(line.sourceStart, 'next')} aria-keyshortcuts=".">{t('tools.toNext')}</button>}
                </li>
              )
            })}
          </ol>
          {repairs.length > 0 && (
            <>
              <h3 className="tools-subheading">{t('tools.repairs', { count: repairs.length })}</h3>
              <ul className="repair-list" data-testid="repair-list">
                {repairs.map((repair) => (
                  <li key={repair.id} className={repair.applied ? 'repair-row' : 'repair-row reverted'} data-repair-id={repair.id}>
                    <span>
                      {t('tools.repair', { kind: t(`repairKind.${repairKindKey(repair.kind)}`), before: visible(repair.before), after: visible(repair.after) })}
                      {!repair.applied && ` ${t('tools.repairReverted')}`}
                    </span>
                    <button type="button" className="small" onClick={() => c.setRepairApplied(repair.id, !repair.applied)}>{repair.applied ? t('tools.revert') : t('tools.reapply')}</button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </fieldset>
      )}
      {trash.length > 0 && (
        <>
          <h3 className="tools-subheading">{t('tools.trash', { count: trash.length })}</h3>
          <ul className="trash-list" data-testid="trash-list">
            {trash.map((deleted) => (
              <li key={deleted.id}>
                <span>{deleted.headline || t('articles.untitled')}</span>{' '}
                <button type="button" className="small" disabled={readOnly} onClick={() => c.restore(deleted.id)}>{t('tools.restore')}</button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
})
