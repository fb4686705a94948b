export { normalise, repairId, REPAIR_KINDS } from './normalise'
export { rederive, setRepairApplied } from './rederive'
export { toSourceSpan, toDerivedOffset, toDerivedSpan, type SourceSpan, type DerivedSpan } from './offset-map'
export { scanLines, type SourceLine } from './lines'
