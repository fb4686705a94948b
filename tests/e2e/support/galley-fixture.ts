/// <reference lib="dom" />
import { test as base, type Page } from '@playwright/test'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { createRequire } from 'node:module'
import type { Engine } from '../../../src/main/engine'
import type { Backend } from '../../../src/main/handlers/create-backend'
import { EVENT_CHANNEL, REQUEST_CHANNEL } from '../../../src/shared/ipc/channels'
import type { MenuCommand } from '../../../src/shared/ipc/events'
import { editionFileSchema, type EditionFile } from '../../../src/shared/store/edition-file'
import type * as BackendModule from './backend-entry'
import { BACKEND_BUNDLE } from './build-backend'
import { fromWire, preloadInitScript } from './preload-shim'
import { serveRenderer } from './serve-renderer'

export const SAMPLE_PATH = resolve(__dirname, '../../../resources/samples/wujin-2024-sample.txt')
export const SAMPLE_TEXT = readFileSync(SAMPLE_PATH, 'utf8').replace(/^\uFEFF/, '')

/** The app as the renderer test sees it: the page, and main's real backend on a temp data dir. */
export interface GalleyHarness {
  readonly page: Page
  readonly dataDir: string
  /** Loads the built renderer (a first start when the data dir is empty). */
  start(): Promise<void>
  /** Quits and starts again: closes the store, builds a new backend on the same folder, reloads. */
  restart(): Promise<void>
  /** Plays a click on a File menu item (main's webContents.send). */
  menu(command: MenuCommand): Promise<void>
  /** What the next open dialog returns: a path, several paths (File ▸ Open with several files), or null for Cancel. */
  answerNextDialog(path: string | readonly string[] | null): void
  /** Drops a file on the window, as a person dragging it from the file manager would. */
  dropFile(name: string, bytes: Uint8Array): Promise<void>
  /** Every file under the data dir, relative, sorted (to prove nothing was written). */
  dataFiles(): string[]
  readEditionFile(id: string): EditionFile
  /** How many requests reached the router, and the last one's route. */
  readonly requests: string[]
}

// Main's real modules, bundled by the global setup (build-backend.ts).
const loadBundle = createRequire(__filename)
const { createBackend, createEngine } = loadBundle(BACKEND_BUNDLE) as typeof BackendModule

// jieba and the recogniser load once per worker, as they load once per app start.
let engine: Engine | null = null
const sharedEngine = (): Engine => (engine ??= createEngine())

export const test = base.extend<{ galley: GalleyHarness }>({
  galley: async ({ page }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'galley-e2e-'))
    const server = await serveRenderer()
    const dialogAnswers: (string | readonly string[] | null)[] = []
    const requests: string[] = []
    const newBackend = (): Backend =>
      createBackend({
        dataDir,
        samplePath: SAMPLE_PATH,
        version: 'e2e',
        forceSample: false,
        rendererUrl: server.url,
        engine: sharedEngine(),
        choosePageFile: async () => {
          const answer = dialogAnswers.shift() ?? null
          return typeof answer === 'string' || answer === null ? answer : (answer[0] ?? null)
        },
        choosePageFiles: async () => {
          const answer = dialogAnswers.shift() ?? null
          return answer === null ? [] : typeof answer === 'string' ? [answer] : [...answer]
        },
        onInternalError: (route, error) => console.error(`router: ${route}`, error)
      })
    let backend = newBackend()

    await page.exposeBinding('__galleyInvoke', async (source, channel: unknown, args: unknown) => {
      if (channel !== REQUEST_CHANNEL) throw new Error(`unexpected channel ${String(channel)}`)
      const [route, input] = fromWire(args) as [unknown, unknown]
      requests.push(String(route))
      return backend.router.dispatch({ senderUrl: source.frame.url(), route, input })
    })
    await page.addInitScript({ content: preloadInitScript() })
    page.on('pageerror', (error) => console.error('page error:', error))

    const listAll = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name)
        return statSync(path).isDirectory() ? listAll(path) : [relative(dataDir, path)]
      })

    await use({
      page,
      dataDir,
      requests,
      start: async () => { await page.goto(server.url) },
      restart: async () => {
        await backend.close()
        backend = newBackend()
        await page.reload()
      },
      menu: async (command) => {
        await page.evaluate(([channel, payload]) => (window as unknown as { __galleyEmit: (c: string, n: string, p: unknown) => void }).__galleyEmit(channel, 'menu.command', payload), [EVENT_CHANNEL, { command }] as const)
      },
      answerNextDialog: (path) => { dialogAnswers.push(path) },
      dropFile: async (name, bytes) => {
        await page.evaluate(([fileName, data]) => {
          const transfer = new DataTransfer()
          transfer.items.add(new File([new Uint8Array(data)], fileName))
          for (const type of ['dragover', 'drop']) {
            document.body.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }))
          }
        }, [name, Array.from(bytes)] as const)
      },
      dataFiles: () => listAll(dataDir).sort(),
      readEditionFile: (id) => editionFileSchema.parse(JSON.parse(readFileSync(join(dataDir, 'editions', `${id}.json`), 'utf8')))
    })

    await backend.close()
    await server.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
})

export { expect } from '@playwright/test'
