import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { EditableFields } from '../../../../core/edit'
import type { Article } from '../../../../shared/model/analysis'

const names = (text: string): string[] => text.split(/[,，、;；]/).map((s) => s.trim()).filter(Boolean)
const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim())

/** Edits the typed fields of an article (kicker, headline, subheadlines, bylines, dateline) as one correction. */
export function FieldsForm({ article, onApply, onCancel }: { article: Article; onApply: (fields: EditableFields) => void; onCancel: () => void }) {
  const { t } = useTranslation()
  const id = useId()
  const [kicker, setKicker] = useState(article.kicker ?? '')
  const [headline, setHeadline] = useState(article.headline)
  const [subheadlines, setSubheadlines] = useState(article.subheadlines.join('\n'))
  const [reporters, setReporters] = useState(article.reporters.join('、'))
  const [photographers, setPhotographers] = useState(article.photographers.join('、'))
  const [dateline, setDateline] = useState(article.dateline ?? '')

  const submit = (event: FormEvent): void => {
    event.preventDefault()
    onApply({
      kicker: orNull(kicker),
      headline: headline.trim(),
      subheadlines: subheadlines.split('\n').map((s) => s.trim()).filter(Boolean),
      reporters: names(reporters),
      photographers: names(photographers),
      dateline: orNull(dateline)
    })
  }
  const field = (key: string, label: string, value: string, set: (v: string) => void, multi = false) => (
    <>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      {multi
        ? <textarea id={`${id}-${key}`} rows={2} value={value} onChange={(e) => set(e.target.value)} />
        : <input id={`${id}-${key}`} value={value} onChange={(e) => set(e.target.value)} autoFocus={key === 'headline'} />}
    </>
  )
  return (
    <form className="side-form" aria-labelledby={`${id}-h`} onSubmit={submit} onKeyDown={(e) => { if (e.key === 'Escape') { e.stopPropagation(); onCancel() } }}>
      <h3 id={`${id}-h`}>{t('fields.heading')}</h3>
      {field('kicker', t('fields.kicker'), kicker, setKicker)}
      {field('headline', t('fields.headline'), headline, setHeadline)}
      {field('subheadlines', t('fields.subheadlines'), subheadlines, setSubheadlines, true)}
      {field('reporters', t('fields.reporters'), reporters, setReporters)}
      {field('photographers', t('fields.photographers'), photographers, setPhotographers)}
      {field('dateline', t('fields.dateline'), dateline, setDateline)}
      <div className="form-actions">
        <button type="submit" className="primary">{t('fields.apply')}</button>
        <button type="button" onClick={onCancel}>{t('fields.cancel')}</button>
      </div>
    </form>
  )
}
