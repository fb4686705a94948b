import { memo, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Article, Entity, Repair } from '../../../../shared/model/analysis'
import { tintOf } from '../articles/tint'
import { sourceRuns } from './source-runs'
import type { BoundaryHandlers, Edge } from './use-boundary-drag'

export interface SourceRangeProps {
  readonly article: Article
  readonly index: number
  readonly start: number
  readonly end: number
  readonly sourceText: string
  readonly repairs: readonly Repair[]
  readonly selected: boolean
  readonly selectedEntityId: string | null
  /** The line chosen in the correction panel, drawn inside the range. */
  readonly line: { readonly start: number; readonly end: number } | null
  readonly onSelect: (articleId: string) => void
  readonly onSelectEntity: (articleId: string, entityId: string) => void
  /** Drag handles on the selected range's edges (absent when the page is read-only). */
  readonly boundary: BoundaryHandlers | null
}

/**
 * One article's range in the source pane: tinted in the article's colour, its reading-order
 * number in the margin (a CSS pseudo-element, so the pane's text stays exactly the page file),
 * entities coloured by type, repairs marked (applied or reverted). Memoised per article, and its
 * runs apart from its number, so renumbering after a split does not redraw the text.
 */
export const SourceRange = memo(function SourceRange({ article, index, start, end, sourceText, repairs, selected, selectedEntityId, line, onSelect, onSelectEntity, boundary }: SourceRangeProps) {
  const handles = selected && boundary !== null
  return (
    <span
      className={`article-range tint-${tintOf(article.id)}${selected ? ' selected' : ''}`}
      data-article-id={article.id}
      data-caret-article={article.id}
      data-order={index + 1}
      data-start={start}
      data-end={end}
      data-selected={selected ? 'true' : undefined}
      onClick={(event) => {
        // A click on an entity selects it; one elsewhere selects the article (unless text is being selected).
        const entityId = (event.target as HTMLElement).closest<HTMLElement>('[data-entity-id]')?.dataset.entityId
        if (entityId) onSelectEntity(article.id, entityId)
        else if (window.getSelection()?.isCollapsed !== false) onSelect(article.id)
      }}
    >
      {handles && <BoundaryHandle articleId={article.id} n={index + 1} edge="start" offset={start} max={sourceText.length} handlers={boundary} />}
      <RangeRuns entities={article.entities} start={start} end={end} sourceText={sourceText} repairs={repairs} selectedEntityId={selectedEntityId} line={line} />
      {handles && <BoundaryHandle articleId={article.id} n={index + 1} edge="end" offset={end} max={sourceText.length} handlers={boundary} />}
    </span>
  )
})

/**
 * A draggable edge of the selected range: an empty element (its mark is a CSS pseudo-element, so
 * the pane's text is unchanged), a slider for assistive technology, ↑/↓ to move it by a line.
 */
function BoundaryHandle({ articleId, n, edge, offset, max, handlers }: { articleId: string; n: number; edge: Edge; offset: number; max: number; handlers: BoundaryHandlers }) {
  const { t } = useTranslation()
  return (
    <span
      role="slider"
      tabIndex={0}
      className={`boundary-handle ${edge}`}
      data-handle={`${articleId}:${edge}`}
      aria-label={t(edge === 'start' ? 'boundary.start' : 'boundary.end', { n })}
      aria-orientation="vertical"
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={offset}
      onPointerDown={(event) => handlers.onPointerDown(event, articleId, edge)}
      onKeyDown={(event) => handlers.onKeyDown(event, articleId, edge)}
      onClick={(event) => event.stopPropagation()}
    />
  )
}

/** The text of a range cut into entity / repair / chosen-line runs (each with its source offset). */
const RangeRuns = memo(function RangeRuns({ entities, start, end, sourceText, repairs, selectedEntityId, line }: {
  entities: readonly Entity[]
  start: number
  end: number
  sourceText: string
  repairs: readonly Repair[]
  selectedEntityId: string | null
  line: SourceRangeProps['line']
}) {
  const { t } = useTranslation()
  const runs = useMemo(() => sourceRuns(start, end, entities, repairs, line), [start, end, entities, repairs, line])
  return (
    <>
    {runs.map((run) => {
      const classes = [
        run.entity ? `ent ent-${run.entity.type}` : '',
        run.entity && run.entity.id === selectedEntityId ? 'selected-entity' : '',
        run.repair ? (run.repair.applied ? 'repair' : 'repair reverted') : '',
        run.inLine ? 'in-line' : ''
      ].filter(Boolean).join(' ')
      const title = run.repair ? t('tools.repair', { kind: t(`repairKind.${repairKindKey(run.repair.kind)}`), before: visible(run.repair.before), after: visible(run.repair.after) }) : undefined
      return (
        <span
          key={run.start}
          className={classes || undefined}
          data-src={run.start}
          data-kind="source"
          data-entity-id={run.entity?.id}
          data-repair-id={run.repair?.id}
          data-repair-kind={run.repair?.kind}
          title={title}
        >
          {sourceText.slice(run.start, run.end)}
        </span>
      )
    })}
    </>
  )
})

const KNOWN_REPAIR_KINDS = ['column-break', 'line-join', 'punct-width', 'editor-typo'] as const

/** The i18n key of a repair kind; kinds a newer engine adds read as a generic "repair". */
export function repairKindKey(kind: string): (typeof KNOWN_REPAIR_KINDS)[number] | 'other' {
  return (KNOWN_REPAIR_KINDS as readonly string[]).includes(kind) ? (kind as (typeof KNOWN_REPAIR_KINDS)[number]) : 'other'
}

/** Makes line breaks visible in a repair's tooltip. */
export function visible(text: string): string {
  return text.replace(/\r?\n/g, '⏎')
}
