import { resolve } from 'node:path'
import { createEngine, type Engine } from '../../../src/main/engine'
import type { HandlerDeps } from '../../../src/main/handlers/ports'
import { decodePage } from '../../../src/main/services/decode-page'
import { readPageFile } from '../../../src/main/services/read-page-file'
import { openEditionStore, type EditionStore } from '../../../src/main/storage'

/** The renderer's URL as the sender policy sees it in the packaged app. */
export const RENDERER_URL = 'file:///app/out/renderer/index.html'
export const SAMPLE = resolve(__dirname, '../../../resources/samples/wujin-2024-sample.txt')

// jieba and the model load once per test file, as they load once per app start.
let engine: Engine | null = null
const sharedEngine = (): Engine => (engine ??= createEngine())

/** Handler deps wired as the app wires them, over a real store in `dataDir`; closeStore is the app quitting. */
export interface TestBackend {
  readonly deps: HandlerDeps
  closeStore(): Promise<void>
}

/**
 * The real store (opened lazily, like the app), decoder, reader and engine; the dialogs, which
 * need a person, answer Cancel unless a test scripts them through `overrides`.
 */
export function createTestBackend(dataDir: string, overrides: Partial<HandlerDeps> = {}): TestBackend {
  let store: EditionStore | null = null
  const deps: HandlerDeps = {
    getStore: async () => (store ??= await openEditionStore(dataDir, { owner: 'app' })),
    decode: decodePage,
    analyze: (text) => sharedEngine().analyze(text),
    readPage: readPageFile,
    choosePageFile: async () => null,
    samplePath: SAMPLE,
    dataDir,
    version: 'test',
    forceSample: false,
    newId: () => 'page-1',
    now: () => new Date('2026-01-02T03:04:05.000Z'),
    ...overrides
  }
  return {
    deps,
    closeStore: async () => {
      await store?.close()
      store = null
    }
  }
}
