import type { Handlers } from '../ipc/handler-types'
import type { HandlerDeps } from './ports'

/** What the renderer asks once at start: version, data folder, and whether to open the sample. */
export function createAppHandlers(deps: HandlerDeps): Pick<Handlers, 'app.startup'> {
  return {
    'app.startup': async () => {
      // First start means no edition saved yet: show the sample so there is something to look at.
      const openSample = deps.forceSample || (await (await deps.getStore()).listEditions()).length === 0
      return { version: deps.version, dataDir: deps.dataDir, openSample }
    }
  }
}
