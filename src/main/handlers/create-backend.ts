import { randomUUID } from 'node:crypto'
import { openEditionStore, type EditionStore } from '../storage'
import { createRouter, type Router } from '../ipc/router'
import { createSenderPolicy } from '../ipc/sender-policy'
import type { Engine } from '../engine'
import { decodePage } from '../services/decode-page'
import { readPageFile } from '../services/read-page-file'
import { createHandlers } from './create-handlers'
import type { HandlerDeps } from './ports'

export interface BackendOptions {
  readonly dataDir: string
  readonly samplePath: string
  readonly version: string
  readonly forceSample: boolean
  /** The URL main loaded into the window; only frames at this URL may call the router. */
  readonly rendererUrl: string
  readonly choosePageFile: HandlerDeps['choosePageFile']
  readonly choosePageFiles?: HandlerDeps['choosePageFiles']
  /** The extraction engine (src/main/engine). Loading it takes a moment, so callers share one. */
  readonly engine: Pick<Engine, 'analyze'>
  readonly onInternalError?: (route: string, error: unknown) => void
}

/** The router with every handler wired to the real store and file reading, and a way to close it. */
export interface Backend {
  readonly router: Router
  close(): Promise<void>
}

/** What the handlers need besides the store folder; ids and clock default to random and now. */
export type HandlerDepsOptions = Omit<BackendOptions, 'rendererUrl' | 'onInternalError'> & Partial<Pick<HandlerDeps, 'newId' | 'now'>>

/**
 * The handlers' dependencies over the real store (opened on first use), decoder, file reader and
 * engine; closeStore is the app quitting. The integration tests build theirs here too.
 */
export function createHandlerDeps(options: HandlerDepsOptions): { deps: HandlerDeps; closeStore(): Promise<void> } {
  let store: Promise<EditionStore> | null = null
  const getStore = (): Promise<EditionStore> => {
    // A failed open (locked by the CLI, say) is retried on the next request, not cached.
    store ??= openEditionStore(options.dataDir, { owner: 'app' }).catch((error: unknown) => {
      store = null
      throw error
    })
    return store
  }
  const deps: HandlerDeps = {
    getStore,
    decode: decodePage,
    analyze: (text) => options.engine.analyze(text),
    readPage: readPageFile,
    choosePageFile: options.choosePageFile,
    ...(options.choosePageFiles ? { choosePageFiles: options.choosePageFiles } : {}),
    samplePath: options.samplePath,
    dataDir: options.dataDir,
    version: options.version,
    forceSample: options.forceSample,
    newId: options.newId ?? (() => `page-${randomUUID()}`),
    now: options.now ?? (() => new Date())
  }
  return {
    deps,
    async closeStore() {
      const opened = store
      store = null
      if (opened) await (await opened).close()
    }
  }
}

/**
 * Composes main's IPC side without Electron: the Electron entry and the e2e harness both call
 * this, so the tests exercise the same wiring the app runs: real store, decoder and engine (only
 * the dialog differs).
 */
export function createBackend(options: BackendOptions): Backend {
  const { deps, closeStore } = createHandlerDeps(options)
  const router = createRouter(createHandlers(deps), {
    isTrustedSender: createSenderPolicy(options.rendererUrl),
    ...(options.onInternalError ? { onInternalError: options.onInternalError } : {})
  })
  return { router, close: closeStore }
}
