import { useMemo, type Dispatch, type KeyboardEvent, type PointerEvent } from 'react'
import type { SessionAction, SessionState } from '../../state/session'
import { snapBoundary, stepBoundary } from './boundary'

export type Edge = 'start' | 'end'

/** What a boundary handle in the source pane calls. Stable across renders (memoised ranges). */
export interface BoundaryHandlers {
  onPointerDown(event: PointerEvent<HTMLElement>, articleId: string, edge: Edge): void
  onKeyDown(event: KeyboardEvent<HTMLElement>, articleId: string, edge: Edge): void
}

/** Source offset under a screen point, read from the text run there (see caret.ts). */
function sourceOffsetAt(x: number, y: number): number | null {
  const range = document.caretRangeFromPoint(x, y)
  const node = range?.startContainer
  const run = (node?.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element | undefined))?.closest<HTMLElement>('[data-src]')
  if (!range || !run) return null
  return Number(run.dataset.src) + (node?.nodeType === Node.TEXT_NODE ? range.startOffset : 0)
}

/**
 * Dragging an article's start or end in the source pane: the boundary follows the pointer line
 * by line (`move-boundary`, snapped to whole lines), and the whole drag is one history entry
 * (a batch); Esc during the drag puts it back. ↑/↓ on a focused handle move it by one line.
 */
export function useBoundaryDrag(getState: () => SessionState, dispatch: Dispatch<SessionAction>): BoundaryHandlers {
  return useMemo<BoundaryHandlers>(() => {
    const move = (articleId: string, edge: Edge, to: number): void => {
      const article = getState().doc?.page.analysis.articles.find((a) => a.id === articleId)
      if (!article || (edge === 'start' ? article.sourceStart : article.sourceEnd) === to) return
      dispatch({ type: 'edit-step', step: { type: 'edit', command: { type: 'move-boundary', articleId, edge, to } } })
    }
    return {
      onPointerDown(event, articleId, edge) {
        if (event.button !== 0) return
        event.preventDefault()
        const text = getState().doc?.page.sourceText ?? ''
        dispatch({ type: 'edit-step', step: { type: 'begin-batch', label: { type: 'move-boundary', articleId, edge, to: 0 } } })
        const onMove = (e: globalThis.PointerEvent): void => {
          const at = sourceOffsetAt(e.clientX, e.clientY)
          if (at !== null) move(articleId, edge, snapBoundary(text, at, edge))
        }
        const finish = (step: 'commit-batch' | 'cancel-batch'): void => {
          document.removeEventListener('pointermove', onMove)
          document.removeEventListener('pointerup', onUp)
          document.removeEventListener('keydown', onKey, true)
          dispatch({ type: 'edit-step', step: { type: step } })
        }
        const onUp = (): void => finish('commit-batch')
        const onKey = (e: globalThis.KeyboardEvent): void => {
          if (e.key !== 'Escape') return
          e.preventDefault()
          e.stopPropagation()
          finish('cancel-batch')
        }
        document.addEventListener('pointermove', onMove)
        document.addEventListener('pointerup', onUp)
        document.addEventListener('keydown', onKey, true)
      },
      onKeyDown(event, articleId, edge) {
        if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
        event.preventDefault()
        event.stopPropagation()
        const state = getState()
        const article = state.doc?.page.analysis.articles.find((a) => a.id === articleId)
        if (!article || !state.doc) return
        const from = edge === 'start' ? article.sourceStart : article.sourceEnd
        move(articleId, edge, stepBoundary(state.doc.page.sourceText, from, edge, event.key === 'ArrowDown' ? 1 : -1))
        // The range may be redrawn in another chunk: keep focus on this handle.
        requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-handle="${CSS.escape(`${articleId}:${edge}`)}"]`)?.focus())
      }
    }
  }, [getState, dispatch])
}
