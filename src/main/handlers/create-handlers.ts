import type { Handlers } from '../ipc/handler-types'
import { createAppHandlers } from './app-handlers'
import { createEditionHandlers } from './edition-handlers'
import { createPageHandlers } from './page-handlers'
import type { HandlerDeps } from './ports'
import { createRecoveryHandlers } from './recovery-handlers'

/** Every route's handler, wired to `deps`. Typed as Handlers, so a missing route fails to compile. */
export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    ...createAppHandlers(deps),
    ...createPageHandlers(deps),
    ...createEditionHandlers(deps),
    ...createRecoveryHandlers(deps)
  }
}
