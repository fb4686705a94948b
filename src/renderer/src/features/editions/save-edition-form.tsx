import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { EditionMeta } from '../../../../shared/model/edition'

/** Today as YYYY-MM-DD in local time (the date an editor most often means). */
function today(): string {
  const now = new Date()
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`
}

/** Asks for the newspaper and date, then saves the open page as a new edition. */
export function SaveEditionForm({ onSave, onCancel }: { onSave: (meta: EditionMeta) => void; onCancel: () => void }) {
  const { t } = useTranslation()
  const id = useId()
  const [newspaper, setNewspaper] = useState('')
  const [date, setDate] = useState(today)
  const [issueNumber, setIssueNumber] = useState('')

  const submit = (event: FormEvent): void => {
    event.preventDefault()
    onSave({ newspaper: newspaper.trim(), date, issueNumber: issueNumber.trim() === '' ? null : issueNumber.trim() })
  }

  return (
    <form className="save-form" onSubmit={submit} aria-labelledby={`${id}-heading`} onKeyDown={(event) => { if (event.key === 'Escape') onCancel() }}>
      <h2 id={`${id}-heading`}>{t('save.heading')}</h2>
      <label htmlFor={`${id}-newspaper`}>{t('save.newspaper')}</label>
      <input id={`${id}-newspaper`} required maxLength={200} autoFocus value={newspaper} onChange={(e) => setNewspaper(e.target.value)} />
      <label htmlFor={`${id}-date`}>{t('save.date')}</label>
      <input id={`${id}-date`} type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
      <label htmlFor={`${id}-issue`}>{t('save.issueNumber')}</label>
      <input id={`${id}-issue`} maxLength={50} value={issueNumber} onChange={(e) => setIssueNumber(e.target.value)} />
      <div className="form-actions">
        <button type="submit" className="primary">{t('save.submit')}</button>
        <button type="button" onClick={onCancel}>{t('save.cancel')}</button>
      </div>
    </form>
  )
}
