import { useTranslation } from 'react-i18next'
import { ENTITY_TYPES, type Entity } from '../../../../shared/model/analysis'
import type { Corrections } from './use-corrections'

/**
 * Tagged-name corrections: the label-type table (each type's name, colour and hotkey Alt+1…8) —
 * a type tags the selected text (card body or source) or retypes the selected name — and, for
 * the selected name, moving its start or end by a character and removing it.
 */
export function EntityTools({ entity, corrections: c }: { entity: Entity | undefined; corrections: Corrections }) {
  const { t } = useTranslation()
  return (
    <div className="entity-tools" data-testid="entity-tools">
      <h3 className="tools-subheading">{entity ? t('entityTools.selected', { text: entity.text, type: t(`entity.${entity.type}`) }) : t('entityTools.heading')}</h3>
      <div className="tool-row entity-types" role="group" aria-label={entity ? t('entityTools.retype') : t('entityTools.tag')}>
        {ENTITY_TYPES.map((type, i) => (
          <button
            key={type}
            type="button"
            className={`small ent ent-${type}`}
            data-entity-type={type}
            aria-pressed={entity ? entity.type === type : undefined}
            aria-keyshortcuts={`Alt+${i + 1}`}
            title={`Alt+${i + 1}`}
            // Keep the text selection: the click must not move it.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => c.tagAs(type)}
          >
            {t(`entity.${type}`)}
          </button>
        ))}
      </div>
      {entity && (
        <div className="tool-row">
          <button type="button" className="small" onClick={() => c.resizeEntity('start', -1)} aria-label={t('entityTools.startLeft')}>◂[</button>
          <button type="button" className="small" onClick={() => c.resizeEntity('start', 1)} aria-label={t('entityTools.startRight')}>[▸</button>
          <button type="button" className="small" onClick={() => c.resizeEntity('end', -1)} aria-label={t('entityTools.endLeft')} aria-keyshortcuts="Shift+Alt+ArrowLeft">◂]</button>
          <button type="button" className="small" onClick={() => c.resizeEntity('end', 1)} aria-label={t('entityTools.endRight')} aria-keyshortcuts="Shift+Alt+ArrowRight">]▸</button>
          <button type="button" className="small" onClick={c.removeEntity} aria-keyshortcuts="X">{t('entityTools.remove')}</button>
        </div>
      )}
    </div>
  )
}
