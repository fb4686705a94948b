import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { SHORTCUT_LIST } from './shortcut-keys'

/** Every shortcut, in a modal dialog (`?` opens it, Esc or Close closes it and returns focus). */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation()
  const ref = useRef<HTMLDialogElement | null>(null)
  useEffect(() => {
    const dialog = ref.current
    const previous = document.activeElement as HTMLElement | null
    if (dialog && !dialog.open) dialog.showModal()
    return () => previous?.focus()
  }, [])
  return (
    <dialog ref={ref} className="shortcuts-dialog" aria-labelledby="shortcuts-heading" onClose={onClose} data-testid="shortcuts-dialog">
      <h2 id="shortcuts-heading">{t('shortcuts.heading')}</h2>
      <table>
        <tbody>
          {SHORTCUT_LIST.map(({ action, keys }) => (
            <tr key={action}>
              <td>{keys.map((key, i) => <span key={key}>{i > 0 && ' / '}<kbd>{key}</kbd></span>)}</td>
              <td>{t(`shortcuts.keys.${action}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog">
        <button type="submit" autoFocus>{t('shortcuts.close')}</button>
      </form>
    </dialog>
  )
}
