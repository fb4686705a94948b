import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { MAX_PAGE_FILE_BYTES } from '../../shared/ipc/limits'
import type { ChosenFile } from '../../shared/ipc/routes'
import type { Handlers } from '../ipc/handler-types'
import { buildPage } from './build-page'
import type { HandlerDeps } from './ports'

type PageRoutes = 'page.openSample' | 'page.openDialog' | 'page.openDialogMany' | 'page.analyzeBytes'

/** Reads a chosen file's bytes (at most the page limit); a failure is that file's result, not the request's. */
async function readChosen(path: string): Promise<ChosenFile> {
  const fileName = basename(path)
  try {
    const info = await stat(path)
    if (info.size > MAX_PAGE_FILE_BYTES) {
      return { status: 'refused', fileName, error: { code: 'FILE_TOO_LARGE', message: `${fileName}: ${(info.size / 1048576).toFixed(1)} MB, over the 20 MB limit of a page file.` } }
    }
    return { status: 'read', fileName, bytes: new Uint8Array(await readFile(path)) }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'FILE_NOT_FOUND' : 'FILE_UNREADABLE'
    return { status: 'refused', fileName, error: { code, message: `${fileName}: ${error instanceof Error ? error.message : String(error)}` } }
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
