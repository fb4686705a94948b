import { useCallback, useState, type KeyboardEvent, type PointerEvent } from 'react'
import { useTranslation } from 'react-i18next'

const KEY = 'galley.sourcePaneWidth'
const MIN = 20
const MAX = 70

const clamp = (pct: number): number => Math.round(Math.min(MAX, Math.max(MIN, pct)))

/** The source pane's share of the workbench width (percent), remembered between sessions. */
export function useSourceWidth(): [number, (pct: number) => void] {
  const [width, setWidth] = useState(() => clamp(Number(localStorage.getItem(KEY)) || 42))
  const set = useCallback((pct: number) => {
    const next = clamp(pct)
    setWidth(next)
    localStorage.setItem(KEY, String(next))
  }, [])
  return [width, set]
}

/**
 * The bar between the source and the articles: drag it, or focus it and press ←/→ (Home/End for
 * the limits), to give either pane more room.
 */
export function PaneSplitter({ width, onWidth }: { width: number; onWidth: (pct: number) => void }) {
  const { t } = useTranslation()
  const onPointerDown = (event: PointerEvent<HTMLDivElement>): void => {
    const grid = event.currentTarget.parentElement
    if (!grid || event.button !== 0) return
    event.preventDefault()
    const rect = grid.getBoundingClientRect()
    const move = (e: globalThis.PointerEvent): void => onWidth(((e.clientX - rect.left) / rect.width) * 100)
    const up = (): void => {
      document.removeEventListener('pointermove', move)
      document.removeEventListener('pointerup', up)
    }
    document.addEventListener('pointermove', move)
    document.addEventListener('pointerup', up)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const step = { ArrowLeft: -2, ArrowRight: 2 }[event.key]
    if (step !== undefined) onWidth(width + step)
    else if (event.key === 'Home') onWidth(MIN)
    else if (event.key === 'End') onWidth(MAX)
    else return
    event.preventDefault()
    event.stopPropagation()
  }
  return (
    <div
      className="pane-splitter"
      role="separator"
      tabIndex={0}
      aria-orientation="vertical"
      aria-label={t('panes.resize')}
      aria-valuemin={MIN}
      aria-valuemax={MAX}
      aria-valuenow={width}
      data-testid="pane-splitter"
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
    />
  )
}
