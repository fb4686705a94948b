import type { App, BrowserWindow } from 'electron'

/** The parts of App and BrowserWindow the single-instance guard uses. */
export type InstanceApp = Pick<App, 'requestSingleInstanceLock' | 'on' | 'quit'>
export type FocusableWindow = Pick<BrowserWindow, 'isMinimized' | 'restore' | 'show' | 'focus'>

/**
 * Takes the single-instance lock. Returns false (and quits) when another Galley already runs,
 * so two processes never write one data folder; the first instance focuses its window when a
 * second launch is attempted.
 */
export function claimSingleInstance(app: InstanceApp, getWindow: () => FocusableWindow | null): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return false
  }
  app.on('second-instance', () => {
    const window = getWindow()
    if (window === null) return
    if (window.isMinimized()) window.restore()
    window.show()
    window.focus()
  })
  return true
}
