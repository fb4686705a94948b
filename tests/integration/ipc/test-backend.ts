import { resolve } from 'node:path'
import { createEngine, type Engine } from '../../../src/main/engine'
import { createHandlerDeps } from '../../../src/main/handlers/create-backend'
import type { HandlerDeps } from '../../../src/main/handlers/ports'

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
 * The app's own handler wiring (createHandlerDeps) over a real store in `dataDir`, with fixed ids
 * and clock; the dialogs, which need a person, answer Cancel unless a test scripts them through
 * `overrides`.
 */
export function createTestBackend(dataDir: string, overrides: Partial<HandlerDeps> = {}): TestBackend {
  const { deps, closeStore } = createHandlerDeps({
    dataDir,
    samplePath: SAMPLE,
    version: 'test',
    forceSample: false,
    choosePageFile: async () => null,
    engine: { analyze: (text) => sharedEngine().analyze(text) },
    newId: () => 'page-1',
    now: () => new Date('2026-01-02T03:04:05.000Z')
  })
  return { deps: { ...deps, ...overrides }, closeStore }
}
