import { build } from 'esbuild'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import Module, { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// The Electron entry (src/main/index.ts) is thin, but it is where everything is wired. Without
// the Electron binary, it is bundled as electron-vite would and run against a stand-in
// `electron` module that records what the entry does; the IPC handler it registers is then
// called like ipcMain would call it, reaching the real router, store and engine.
const root = resolve(__dirname, '../../..')
type Listener = (...args: unknown[]) => unknown

interface Recorded {
  windowOptions: Record<string, unknown> | null
  loadedFile: string | null
  handlers: Map<string, Listener>
  appListeners: Map<string, Listener>
  menuTemplate: { label?: string; submenu?: { label?: string; click?: () => void }[] }[]
  sent: unknown[][]
  permissionRequest: Listener | null
  focused: number
}

const recorded: Recorded = { windowOptions: null, loadedFile: null, handlers: new Map(), appListeners: new Map(), menuTemplate: [], sent: [], permissionRequest: null, focused: 0 }
let workDir: string
let dataDir: string
let ready: () => void = () => {}
let quitted: () => void = () => {}
const originalLoad = (Module as unknown as { _load: Listener })._load

function fakeElectron() {
  const whenReady = new Promise<void>((done) => { ready = done })
  class BrowserWindow {
    webContents = { send: (...args: unknown[]) => recorded.sent.push(args) }
    constructor(options: Record<string, unknown>) { recorded.windowOptions = options }
    once(): void {}
    on(): void {}
    isMinimized(): boolean { return false }
    restore(): void {}
    show(): void {}
    focus(): void { recorded.focused++ }
    async loadFile(path: string): Promise<void> { recorded.loadedFile = path }
    async loadURL(): Promise<void> {}
  }
  return {
    app: {
      requestSingleInstanceLock: () => true,
      on: (name: string, listener: Listener) => { recorded.appListeners.set(name, listener) },
      quit: () => quitted(),
      exit: () => {},
      whenReady: () => whenReady,
      isPackaged: false,
      getAppPath: () => root,
      getPath: () => join(workDir, 'userData'),
      getVersion: () => '0.0.0-test',
      getLocale: () => 'zh-CN'
    },
    BrowserWindow,
    dialog: { showOpenDialog: async () => ({ canceled: true, filePaths: [] }), showErrorBox: () => {} },
    ipcMain: { handle: (channel: string, listener: Listener) => { recorded.handlers.set(channel, listener) } },
    Menu: { buildFromTemplate: (template: Recorded['menuTemplate']) => { recorded.menuTemplate = template; return {} }, setApplicationMenu: () => {} },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (listener: Listener) => { recorded.permissionRequest = listener },
        setPermissionCheckHandler: () => {},
        setDevicePermissionHandler: () => {},
        webRequest: { onHeadersReceived: () => {} }
      }
    }
  }
}

beforeAll(async () => {
  // Inside the repository (.tmp/ is ignored) so the bundle resolves jieba from node_modules.
  mkdirSync(join(root, '.tmp'), { recursive: true })
  workDir = mkdtempSync(join(root, '.tmp', 'entry-'))
  dataDir = join(workDir, 'data')
  process.env.GALLEY_DATA_DIR = dataDir
  const outfile = join(workDir, 'main', 'index.js')
  await build({ entryPoints: [join(root, 'src/main/index.ts')], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['electron', '@node-rs/jieba'], logLevel: 'error' })
  const electron = fakeElectron()
  ;(Module as unknown as { _load: Listener })._load = function (request: unknown, ...rest: unknown[]) {
    return request === 'electron' ? electron : originalLoad.call(this, request, ...rest)
  }
  createRequire(__filename)(outfile)
  ready()
  // start() runs after whenReady resolves; it ends by loading the renderer.
  for (let i = 0; i < 250 && recorded.loadedFile === null; i++) await new Promise((done) => setTimeout(done, 20))
})

afterAll(async () => {
  ;(Module as unknown as { _load: Listener })._load = originalLoad
  delete process.env.GALLEY_DATA_DIR
  const willQuit = recorded.appListeners.get('will-quit')
  if (willQuit) {
    // The entry closes the store (releasing the data-folder lock), then quits again.
    const closed = new Promise<void>((done) => { quitted = done })
    willQuit({ preventDefault: () => {} })
    await closed
  }
  rmSync(workDir, { recursive: true, force: true })
})

describe('the Electron entry, run against a stand-in electron module', () => {
  it('creates the window with the hardened options and loads the built renderer', () => {
    expect(recorded.windowOptions?.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, preload: join(workDir, 'preload', 'index.js') })
    expect(recorded.loadedFile).toBe(join(workDir, 'renderer', 'index.html'))
  })

  it('answers the renderer through the real router: startup, the sample, and refusals', async () => {
    const handle = recorded.handlers.get('galley:request')
    expect(handle).toBeDefined()
    const fromRenderer = { senderFrame: { url: pathToFileURL(join(workDir, 'renderer', 'index.html')).href } }
    expect(await handle?.(fromRenderer, 'app.startup', {})).toMatchObject({ ok: true, value: { dataDir, openSample: true, version: '0.0.0-test' } })
    const sample = (await handle?.(fromRenderer, 'page.openSample', {})) as { ok: boolean; value?: { analysis: { articles: unknown[] } } }
    expect(sample.ok).toBe(true)
    expect(sample.value?.analysis.articles.length).toBeGreaterThan(1)
    expect(await handle?.({ senderFrame: { url: 'https://example.com/' } }, 'edition.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } })
    expect(await handle?.(fromRenderer, 'edition.open', { id: '../x' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })

  it('builds a Chinese File menu on a Chinese system whose items reach the renderer as events', () => {
    const file = recorded.menuTemplate.find((item) => item.label === '文件(&F)')
    file?.submenu?.[0]?.click?.()
    expect(recorded.sent).toEqual([['galley:event', 'menu.command', { command: 'open-file' }]])
  })

  it('denies permission requests and focuses the window on a second launch', () => {
    const answers: boolean[] = []
    recorded.permissionRequest?.(null, 'media', (granted: boolean) => answers.push(granted))
    expect(answers).toEqual([false])
    recorded.appListeners.get('second-instance')?.()
    expect(recorded.focused).toBe(1)
  })
})
