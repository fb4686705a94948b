import type { BrowserWindowConstructorOptions } from 'electron'

export interface WindowOptionsInput {
  readonly preloadPath: string
  readonly title: string
}

/**
 * The main window's options. Pure so a unit test can pin every security switch: the renderer
 * is sandboxed and isolated, has no Node, cannot run insecure content, has no <webview>, and a
 * dropped file does not navigate the window away (the drop zone handles it instead).
 */
export function createWindowOptions({ preloadPath, title }: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    title,
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    show: false,
    backgroundColor: '#f7f5f0',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      // Middle-click would open links in new windows; those are denied anyway, this stops the event.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      devTools: true
    }
  }
}
