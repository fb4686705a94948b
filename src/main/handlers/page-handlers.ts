import { basename } from 'node:path'
import type { Handlers } from '../ipc/handler-types'
import { buildPage } from './build-page'
import type { HandlerDeps } from './ports'

type PageRoutes = 'page.openSample' | 'page.openDialog' | 'page.analyzeBytes'

/** Handlers that turn a page file (sample, chosen on disk, or dropped bytes) into an analysed Page. */
export function createPageHandlers(deps: HandlerDeps): Pick<Handlers, PageRoutes> {
  return {
    'page.openSample': async () => buildPage(basename(deps.samplePath), await deps.readPage(deps.samplePath), deps),
    'page.openDialog': async () => {
      const path = await deps.choosePageFile()
      if (path === null) return { status: 'cancelled' }
      return { status: 'opened', page: buildPage(basename(path), await deps.readPage(path), deps) }
    },
    // The sandboxed renderer has no file paths: it reads a dropped File's bytes and sends them.
    'page.analyzeBytes': async ({ fileName, bytes }) => {
      const name = basename(fileName)
      return buildPage(name, deps.decode(bytes, name), deps)
    }
  }
}
