import { useTranslation } from 'react-i18next'
import { ENTITY_TYPES } from '../../../../shared/model/analysis'

/** The colour of each entity type, as used in the cards and the source pane. */
export function EntityLegend() {
  const { t } = useTranslation()
  return (
    <ul className="entity-legend" aria-label={t('entity.legend')}>
      {ENTITY_TYPES.map((type) => <li key={type} className={`ent ent-${type}`}>{t(`entity.${type}`)}</li>)}
    </ul>
  )
}
