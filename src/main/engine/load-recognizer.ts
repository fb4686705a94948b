import { EMPTY_RECOGNIZER } from '../../core/analyze'
import type { EntityRecognizer } from '../../core/model/ports'

/**
 * Loads the entity recogniser the engine uses by default. This is the single place that knows
 * where the trained model lives (resources/models/); until the model lands it returns a
 * recogniser that finds nothing. Synchronous on purpose: the engine is created on demand by the
 * CLI and the main process, and loading must stay within the 500 ms budget.
 */
export function loadRecognizer(): EntityRecognizer {
  return EMPTY_RECOGNIZER
}
