import type { PageAnalysis } from '../../shared/model/analysis'
import type { EditError } from './errors'

/** What a command handler returns: the new analysis, or why it was refused. */
export type Outcome = { readonly ok: true; readonly analysis: PageAnalysis } | { readonly ok: false; readonly error: EditError }

/** A successful outcome. */
export function done(analysis: PageAnalysis): Outcome {
  return { ok: true, analysis }
}

/** A refused outcome. */
export function refused(error: EditError): Outcome {
  return { ok: false, error }
}
