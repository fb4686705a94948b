import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'

/** The body text to replace: the editor's selection, or (text '') none yet, found by typing it. */
export interface TypoTarget {
  readonly articleId: string
  readonly start: number
  readonly end: number
  readonly text: string
}

/**
 * Asks what the text should read; the fix is recorded as a revertible repair. Without a mouse
 * selection the editor types the wrong text to find (its first occurrence in the body), so a
 * typo can be fixed from the keyboard alone.
 */
export function TypoForm({ target, body, onApply, onCancel }: { target: TypoTarget; body: string; onApply: (start: number, end: number, replacement: string) => void; onCancel: () => void }) {
  const { t } = useTranslation()
  const id = useId()
  const selected = target.text !== ''
  const [find, setFind] = useState('')
  const [replacement, setReplacement] = useState(target.text)
  const [notFound, setNotFound] = useState<string | null>(null)
  const submit = (event: FormEvent): void => {
    event.preventDefault()
    if (selected) return onApply(target.start, target.end, replacement)
    const at = find === '' ? -1 : body.indexOf(find)
    if (at < 0) return setNotFound(find)
    onApply(at, at + find.length, replacement)
  }
  return (
    <form className="side-form" aria-labelledby={`${id}-h`} onSubmit={submit} onKeyDown={(e) => { if (e.key === 'Escape') { e.stopPropagation(); onCancel() } }}>
      <h3 id={`${id}-h`}>{t('typo.heading')}</h3>
      {!selected && (
        <>
          <label htmlFor={`${id}-f`}>{t('typo.find')}</label>
          <input id={`${id}-f`} value={find} autoFocus onChange={(e) => { setFind(e.target.value); setNotFound(null) }} />
        </>
      )}
      <label htmlFor={`${id}-r`}>{selected ? t('typo.replace', { text: target.text }) : t('typo.replaceWith')}</label>
      <input id={`${id}-r`} value={replacement} autoFocus={selected} onChange={(e) => setReplacement(e.target.value)} />
      {notFound !== null && <p className="form-error" role="alert">{t('typo.notFound', { text: notFound })}</p>}
      <div className="form-actions">
        <button type="submit" className="primary">{t('typo.apply')}</button>
        <button type="button" onClick={onCancel}>{t('typo.cancel')}</button>
      </div>
    </form>
  )
}
