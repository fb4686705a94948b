import { useEffect, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * Makes the whole window a drop target for page files. Listening on the document (not one
 * element) means a file dropped anywhere opens instead of being ignored; the window itself never
 * navigates to a dropped file (navigateOnDragDrop is off, and main denies navigation).
 */
export function DropZone({ onFiles, children }: { onFiles: (files: File[]) => void; children: ReactNode }) {
  const { t } = useTranslation()
  const [dragging, setDragging] = useState(false)

  useEffect(() => {
    const hasFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false
    const over = (event: DragEvent): void => {
      if (!hasFiles(event)) return
      event.preventDefault()
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy'
      setDragging(true)
    }
    const leave = (event: DragEvent): void => {
      if (event.relatedTarget === null) setDragging(false)
    }
    const drop = (event: DragEvent): void => {
      event.preventDefault()
      setDragging(false)
      const files = Array.from(event.dataTransfer?.files ?? [])
      if (files.length > 0) onFiles(files)
    }
    document.addEventListener('dragover', over)
    document.addEventListener('dragleave', leave)
    document.addEventListener('drop', drop)
    return () => {
      document.removeEventListener('dragover', over)
      document.removeEventListener('dragleave', leave)
      document.removeEventListener('drop', drop)
    }
  }, [onFiles])

  return (
    <>
      {children}
      {dragging && <div className="drop-overlay" aria-hidden="true">{t('drop.overlay')}</div>}
    </>
  )
}
