import { basename } from 'node:path'
import type { ChosenFile } from '../../shared/ipc/routes'
import type { Handlers } from '../ipc/handler-types'
import { PageFileError, readPageBytes } from '../services/read-page-file'
import { buildPage } from './build-page'
import type { HandlerDeps } from './ports'

type PageRoutes = 'page.openSample' | 'page.openDialog' | 'page.openDialogMany' | 'page.analyzeBytes'

/** Reads a chosen file's bytes; a failure is that file's result, not the request's. */
async function readChosen(path: string): Promise<ChosenFile> {
  const fileName = basename(path)
  try {
    return { status: 'read', fileName, bytes: new Uint8Array(await readPageBytes(path)) }
  } catch (error) {
    if (error instanceof PageFileError) return { status: 'refused', fileName, error: error.toInfo() }
    throw error
  }
}

/** Handlers that turn a page file (sample, chosen on disk, or dropped bytes) into an analysed Page. */
export function createPageHandlers(deps: HandlerDeps): Pick<Handlers, PageRoutes> {
  return {
    'page.openSample': async () => buildPage(basename(deps.samplePath), await deps.readPage(deps.samplePath), deps),
    'page.openDialog': async () => {
      const path = await deps.choosePageFile()
      if (path === null) return { status: 'cancelled' }
      return { status: 'opened', page: buildPage(basename(path), await deps.readPage(path), deps) }
    },
    'page.openDialogMany': async () => {
      const paths = deps.choosePageFiles ? await deps.choosePageFiles() : [await deps.choosePageFile()].filter((p): p is string => p !== null)
      const files: ChosenFile[] = []
      for (const path of paths) files.push(await readChosen(path))
      return { files }
    },
    // The sandboxed renderer has no file paths: it reads a dropped File's bytes and sends them.
    'page.analyzeBytes': async ({ fileName, bytes }) => {
      const name = basename(fileName)
      return buildPage(name, deps.decode(bytes, name), deps)
    }
  }
}
