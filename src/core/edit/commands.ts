import type { ArticleKind, EntityType, LineRole, PageAnalysis, ReviewState } from '../../shared/model/analysis'

/**
 * Every correction an editor (or the engine) can make to a page, as data. Offsets are UTF-16
 * code units into the page's source text, except `fix-typo`, which works on the article body
 * the editor sees. Ids of new things (an article from a split, an added entity, a typo repair)
 * are chosen by the caller, so commands stay pure and replayable.
 */
export type EditCommand =
  | { readonly type: 'split-article'; readonly articleId: string; readonly at: number; readonly newArticleId: string }
  | { readonly type: 'merge-article'; readonly articleId: string; readonly direction: Direction }
  | { readonly type: 'move-line'; readonly articleId: string; readonly lineStart: number; readonly direction: Direction }
  | { readonly type: 'move-boundary'; readonly articleId: string; readonly edge: 'start' | 'end'; readonly to: number }
  | { readonly type: 'set-article-kind'; readonly articleId: string; readonly kind: ArticleKind }
  | { readonly type: 'set-line-role'; readonly articleId: string; readonly lineStart: number; readonly role: LineRole }
  | { readonly type: 'set-article-fields'; readonly articleId: string; readonly fields: EditableFields }
  | { readonly type: 'reorder-article'; readonly articleId: string; readonly toIndex: number }
  | { readonly type: 'delete-article'; readonly articleId: string }
  | { readonly type: 'restore-article'; readonly articleId: string }
  | { readonly type: 'set-review'; readonly articleId: string; readonly review: ReviewState }
  | { readonly type: 'set-repair-applied'; readonly repairId: string; readonly applied: boolean }
  | {
      readonly type: 'fix-typo'
      readonly articleId: string
      /** Half-open range in the article's body text; empty to insert. */
      readonly bodyStart: number
      readonly bodyEnd: number
      readonly replacement: string
      /** Id for the repair that records the fix (used only when a new repair is needed). */
      readonly repairId: string
    }
  | { readonly type: 'add-entity'; readonly articleId: string; readonly entityId: string; readonly entityType: EntityType; readonly sourceStart: number; readonly sourceEnd: number }
  | { readonly type: 'remove-entity'; readonly entityId: string }
  | { readonly type: 'retype-entity'; readonly entityId: string; readonly entityType: EntityType }
  | { readonly type: 'resize-entity'; readonly entityId: string; readonly sourceStart: number; readonly sourceEnd: number }
  /** A machine re-analysis of the page: replaces the analysis wholesale (one undoable step). */
  | { readonly type: 'replace-analysis'; readonly analysis: PageAnalysis }

export type Direction = 'previous' | 'next'

export type EditCommandType = EditCommand['type']

/** The article fields an editor types directly. */
export interface EditableFields {
  readonly kicker?: string | null
  readonly headline?: string
  readonly subheadlines?: readonly string[]
  readonly reporters?: readonly string[]
  readonly photographers?: readonly string[]
  readonly dateline?: string | null
}
