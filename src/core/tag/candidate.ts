import type { EntitySignal, EntityType } from '../../shared/model/analysis'

/**
 * A proposed entity in derived text from one signal. `priority` orders signals when proposals
 * overlap: an editor's lexicon entry beats a precise newspaper rule, which beats the model, which
 * beats a fill-in rule that only speaks where the model said nothing.
 */
export interface Candidate {
  readonly start: number
  readonly end: number
  readonly type: EntityType
  readonly confidence: number
  readonly signal: EntitySignal
  readonly priority: number
}

export const PRIORITY = {
  fillIn: 0,
  model: 1,
  rule: 2,
  lexicon: 3
} as const
