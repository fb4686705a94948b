import { useMemo, type Dispatch } from 'react'
import { advanceReview, type Direction, type EditableFields, type EditCommand } from '../../../../core/edit'
import type { ArticleKind, Entity, EntityType, LineRole, ReviewState } from '../../../../shared/model/analysis'
import { newId } from '../../state/editing'
import type { SessionAction, SessionState } from '../../state/session'
import { caretSourceOffset, selectedSourceRange } from './caret'

/** Every correction the workbench offers, on the selected article; buttons and keys call these. */
export interface Corrections {
  /** Splits at the caret (source pane or body), else before the line that has focus. */
  split(): void
  merge(direction: Direction): void
  /** Moves the article's first line to the previous article, or its last line to the next. */
  moveEdgeLine(direction: Direction): void
  moveLine(lineStart: number, direction: Direction): void
  reorder(delta: number): void
  remove(): void
  restore(articleId: string): void
  setKind(kind: ArticleKind): void
  setRole(lineStart: number, role: LineRole): void
  setFields(fields: EditableFields): void
  setReview(review: ReviewState): void
  advanceReview(): void
  setRepairApplied(repairId: string, applied: boolean): void
  fixTypo(articleId: string, bodyStart: number, bodyEnd: number, replacement: string): void
  /** With text selected (card body or source): tags it as `type`; else retypes the selected entity. */
  tagAs(type: EntityType): void
  removeEntity(): void
  /** Moves the selected entity's start or end by one character (negative: left). */
  resizeEntity(edge: 'start' | 'end', delta: 1 | -1): void
  undo(): void
  redo(): void
  /** Undoes (negative) or redoes (positive) that many steps: a click in the history list. */
  jump(steps: number): void
}

/**
 * Builds correction commands from the current selection and sends them through the session
 * reducer (and so through the core's `execute`). Reads the state through `getState` so keys
 * pressed in quick succession each see the previous correction.
 */
export function useCorrections(getState: () => SessionState, dispatch: Dispatch<SessionAction>): Corrections {
  return useMemo<Corrections>(() => {
    const run = (command: EditCommand): void => dispatch({ type: 'edit-step', step: { type: 'edit', command } })
    const refuse = (code: 'EMPTY_SPAN' | 'SPLIT_AT_EDGE' | 'ENTITY_NOT_FOUND'): void => dispatch({ type: 'notice', notice: { kind: 'refused', code } })
    const selected = () => {
      const { doc, selectedArticleId } = getState()
      return doc?.page.analysis.articles.find((a) => a.id === selectedArticleId)
    }
    const withArticle = (make: (articleId: string) => EditCommand | null): void => {
      const article = selected()
      if (!article) return
      const command = make(article.id)
      if (command) run(command)
    }
    const selectedEntity = (): Entity | undefined => {
      const { doc, selectedEntityId } = getState()
      if (selectedEntityId === null) return undefined
      for (const article of doc?.page.analysis.articles ?? []) {
        const entity = article.entities.find((e) => e.id === selectedEntityId)
        if (entity) return entity
      }
      return undefined
    }
    return {
      split() {
        const caret = caretSourceOffset()
        if (caret) {
          if (caret.articleId !== getState().selectedArticleId) dispatch({ type: 'article-selected', articleId: caret.articleId })
          run({ type: 'split-article', articleId: caret.articleId, at: caret.offset, newArticleId: newId('article') })
          return
        }
        const lineStart = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('[data-line-start]')?.dataset.lineStart
        const article = selected()
        if (!article || lineStart === undefined) return refuse('SPLIT_AT_EDGE')
        run({ type: 'split-article', articleId: article.id, at: Number(lineStart), newArticleId: newId('article') })
      },
      merge: (direction) => withArticle((articleId) => ({ type: 'merge-article', articleId, direction })),
      moveEdgeLine(direction) {
        const article = selected()
        const line = direction === 'previous' ? article?.lines[0] : article?.lines[article.lines.length - 1]
        if (article && line) run({ type: 'move-line', articleId: article.id, lineStart: line.sourceStart, direction })
      },
      moveLine: (lineStart, direction) => withArticle((articleId) => ({ type: 'move-line', articleId, lineStart, direction })),
      reorder(delta) {
        const { doc, selectedArticleId } = getState()
        const index = doc?.page.analysis.articles.findIndex((a) => a.id === selectedArticleId) ?? -1
        if (index >= 0 && selectedArticleId !== null) run({ type: 'reorder-article', articleId: selectedArticleId, toIndex: index + delta })
      },
      remove: () => withArticle((articleId) => ({ type: 'delete-article', articleId })),
      restore: (articleId) => run({ type: 'restore-article', articleId }),
      setKind: (kind) => withArticle((articleId) => (selected()?.kind === kind ? null : { type: 'set-article-kind', articleId, kind })),
      setRole: (lineStart, role) => withArticle((articleId) => ({ type: 'set-line-role', articleId, lineStart, role })),
      setFields: (fields) => withArticle((articleId) => ({ type: 'set-article-fields', articleId, fields })),
      setReview: (review) => withArticle((articleId) => (selected()?.review === review ? null : { type: 'set-review', articleId, review })),
      advanceReview() {
        const article = selected()
        if (article && article.review !== 'approved') run({ type: 'set-review', articleId: article.id, review: advanceReview(article.review) })
      },
      setRepairApplied: (repairId, applied) => run({ type: 'set-repair-applied', repairId, applied }),
      fixTypo(articleId, bodyStart, bodyEnd, replacement) {
        if (bodyEnd <= bodyStart && replacement === '') return refuse('EMPTY_SPAN')
        run({ type: 'fix-typo', articleId, bodyStart, bodyEnd, replacement, repairId: newId('typo') })
      },
      tagAs(entityType) {
        const range = selectedSourceRange()
        if (range !== null) {
          const entityId = newId('entity')
          const command: EditCommand = { type: 'add-entity', articleId: range.articleId, entityId, entityType, sourceStart: range.start, sourceEnd: range.end }
          // The new name becomes the selected one, so the next key retypes or resizes it.
          dispatch({ type: 'edit-step', step: { type: 'edit', command }, selectEntity: { articleId: range.articleId, entityId } })
          window.getSelection()?.removeAllRanges()
          return
        }
        const entity = selectedEntity()
        if (!entity) return refuse('EMPTY_SPAN')
        if (entity.type !== entityType || entity.signal !== 'editor') run({ type: 'retype-entity', entityId: entity.id, entityType })
      },
      removeEntity() {
        const entity = selectedEntity()
        if (!entity) return refuse('ENTITY_NOT_FOUND')
        run({ type: 'remove-entity', entityId: entity.id })
      },
      resizeEntity(edge, delta) {
        const entity = selectedEntity()
        const text = getState().doc?.page.sourceText ?? ''
        if (!entity) return refuse('ENTITY_NOT_FOUND')
        // Step over a whole character: a surrogate pair is two code units.
        const at = edge === 'start' ? entity.sourceStart : entity.sourceEnd
        const crossed = delta > 0 ? text.charCodeAt(at) : text.charCodeAt(at - 1)
        const step = crossed >= 0xd800 && crossed <= 0xdfff ? 2 * delta : delta
        const sourceStart = edge === 'start' ? entity.sourceStart + step : entity.sourceStart
        const sourceEnd = edge === 'end' ? entity.sourceEnd + step : entity.sourceEnd
        run({ type: 'resize-entity', entityId: entity.id, sourceStart, sourceEnd })
      },
      undo: () => dispatch({ type: 'edit-step', step: { type: 'undo' } }),
      redo: () => dispatch({ type: 'edit-step', step: { type: 'redo' } }),
      jump(steps) {
        for (let i = 0; i < Math.abs(steps); i++) dispatch({ type: 'edit-step', step: { type: steps < 0 ? 'undo' : 'redo' } })
      }
    }
  }, [getState, dispatch])
}
