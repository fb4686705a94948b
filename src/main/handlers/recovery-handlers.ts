import type { Handlers } from '../ipc/handler-types'
import type { HandlerDeps } from './ports'

type RecoveryRoutes = 'store.problems' | 'edition.revisions' | 'edition.restoreRevision'

/** Handlers that let the editor see damaged files and bring an edition back from a revision. */
export function createRecoveryHandlers(deps: HandlerDeps): Pick<Handlers, RecoveryRoutes> {
  return {
    'store.problems': async () => (await deps.getStore()).listProblems(),
    'edition.revisions': async ({ id }) => (await deps.getStore()).listRevisions(id),
    'edition.restoreRevision': async ({ id, revisionId }) => (await deps.getStore()).restoreRevision(id, revisionId)
  }
}
