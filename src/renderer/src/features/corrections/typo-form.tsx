import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'

/** The body text the editor selected, to be replaced. */
export interface TypoTarget {
  readonly articleId: string
  readonly start: number
  readonly end: number
  readonly text: string
}

/** Asks what the selected body text should read; the fix is recorded as a revertible repair. */
export function TypoForm({ target, onApply, onCancel }: { target: TypoTarget; onApply: (replacement: string) => void; onCancel: () => void }) {
  const { t } = useTranslation()
  const id = useId()
  const [replacement, setReplacement] = useState(target.text)
  const submit = (event: FormEvent): void => {
    event.preventDefault()
    onApply(replacement)
  }
  return (
    <form className="side-form" aria-labelledby={`${id}-h`} onSubmit={submit} onKeyDown={(e) => { if (e.key === 'Escape') { e.stopPropagation(); onCancel() } }}>
      <h3 id={`${id}-h`}>{t('typo.heading')}</h3>
      <label htmlFor={`${id}-r`}>{t('typo.replace', { text: target.text })}</label>
      <input id={`${id}-r`} value={replacement} autoFocus onChange={(e) => setReplacement(e.target.value)} />
      <div className="form-actions">
        <button type="submit" className="primary">{t('typo.apply')}</button>
        <button type="button" onClick={onCancel}>{t('typo.cancel')}</button>
      </div>
    </form>
  )
}
