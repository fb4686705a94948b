import type { TFunction } from 'i18next'
import type { HistoryLabel } from '../../../../core/history'

/**
 * Translates a history label: the core gives an i18n key with raw parameters (a kind, role,
 * review state or entity type as stored), which are translated too so "Kind: photo" reads
 * "类型：图片" in Chinese.
 */
export function historyLabelText(t: TFunction, label: HistoryLabel): string {
  const params: Record<string, string | number> = { ...label.params }
  const raw = label.params ?? {}
  if (typeof raw.kind === 'string') params.kind = t(`articles.kind.${raw.kind}` as 'articles.kind.news')
  if (typeof raw.role === 'string') params.role = t(`role.${raw.role}` as 'role.body')
  if (typeof raw.review === 'string') params.review = t(`review.${raw.review}` as 'review.auto')
  if (typeof raw.type === 'string') params.type = t(`entity.${raw.type}` as 'entity.PERSON')
  return t(label.key as 'history.splitArticle', params)
}
