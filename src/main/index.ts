// The Electron entry: wires Electron's objects to the pure modules beside it and does nothing
// else, so everything with logic in it is testable without the Electron binary.
import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { EVENT_CHANNEL, REQUEST_CHANNEL } from '../shared/ipc/channels'
import type { MenuCommand } from '../shared/ipc/events'
import { createBackend, type Backend } from './handlers/create-backend'
import { createEngine, type Engine } from './engine'
import { buildMenuTemplate } from './menu/build-menu-template'
import { MENU_STRINGS, menuLocaleFor } from './menu/menu-strings'
import { resolveDataDir } from './storage'
import { withCspHeader } from './window/content-security-policy'
import { denyAllPermissions } from './window/deny-permissions'
import { hardenWebContents } from './window/harden-web-contents'
import { claimSingleInstance } from './window/single-instance'
import { createWindowOptions } from './window/window-options'

const SAMPLE_FILE = 'wujin-2024-sample.txt'
let mainWindow: BrowserWindow | null = null
let backend: Backend | null = null
let engine: Engine | null = null

if (claimSingleInstance(app, () => mainWindow)) {
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, (what, url) => console.warn(`galley: blocked ${what} ${url}`))
  })
  app.whenReady().then(start, (error: unknown) => {
    dialog.showErrorBox('Galley could not start', String(error))
    app.exit(1)
  })
  app.on('window-all-closed', () => app.quit())
  app.on('will-quit', (event) => {
    if (backend === null) return
    // Close the store (flushes pending writes, releases the data-folder lock) before exiting.
    event.preventDefault()
    const closing = backend
    backend = null
    void closing.close().finally(() => app.quit())
  })
}

async function start(): Promise<void> {
  denyAllPermissions(session.defaultSession)
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withCspHeader(details.responseHeaders) })
  })

  const devUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined
  const rendererFile = join(__dirname, '../renderer/index.html')
  const rendererUrl = devUrl ?? pathToFileURL(rendererFile).href
  const samplePath = app.isPackaged ? join(process.resourcesPath, 'samples', SAMPLE_FILE) : join(app.getAppPath(), 'resources', 'samples', SAMPLE_FILE)

  const window = new BrowserWindow(createWindowOptions({ preloadPath: join(__dirname, '../preload/index.js'), title: 'Galley' }))
  mainWindow = window
  window.once('ready-to-show', () => window.show())
  window.on('closed', () => { mainWindow = null })

  backend = createBackend({
    dataDir: resolveDataDir(process.env, app.getPath('userData')),
    samplePath,
    version: app.getVersion(),
    forceSample: process.argv.includes('--sample'),
    rendererUrl,
    // Loaded on the first page, not before the window shows: jieba's dictionary takes a moment.
    engine: { analyze: (text) => (engine ??= createEngine()).analyze(text) },
    choosePageFile: async () => {
      const result = await dialog.showOpenDialog(window, {
        properties: ['openFile'],
        filters: [{ name: 'Text', extensions: ['txt', 'text'] }, { name: '*', extensions: ['*'] }]
      })
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    choosePageFiles: async () => {
      const result = await dialog.showOpenDialog(window, {
        properties: ['openFile', 'multiSelections'],
        filters: [{ name: 'Text', extensions: ['txt', 'text'] }, { name: '*', extensions: ['*'] }]
      })
      return result.canceled ? [] : result.filePaths
    },
    onInternalError: (route, error) => console.error(`galley: ${route} failed`, error)
  })
  const router = backend.router
  ipcMain.handle(REQUEST_CHANNEL, (event, route: unknown, input: unknown) => router.dispatch({ senderUrl: event.senderFrame?.url, route, input }))

  const send = (command: MenuCommand): void => window.webContents.send(EVENT_CHANNEL, 'menu.command', { command })
  const strings = MENU_STRINGS[menuLocaleFor(app.getLocale())]
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ strings, platform: process.platform, send })))

  await (devUrl ? window.loadURL(devUrl) : window.loadFile(rendererFile))
}
