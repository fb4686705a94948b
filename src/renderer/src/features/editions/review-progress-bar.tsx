import { useTranslation } from 'react-i18next'
import type { ReviewProgress } from '../../../../shared/store/review-progress'

/** A stacked bar of approved / reviewed / auto articles, with the counts as its accessible name. */
export function ReviewProgressBar({ progress }: { progress: ReviewProgress }) {
  const { t } = useTranslation()
  const total = progress.auto + progress.reviewed + progress.approved
  const label = t('editionList.progress', { approved: progress.approved, reviewed: progress.reviewed, total })
  const pct = (n: number): string => `${total === 0 ? 0 : (100 * n) / total}%`
  return (
    <span className="progress-bar" role="img" aria-label={label} title={label} data-testid="review-progress">
      <span className="progress-approved" style={{ width: pct(progress.approved) }} />
      <span className="progress-reviewed" style={{ width: pct(progress.reviewed) }} />
    </span>
  )
}
