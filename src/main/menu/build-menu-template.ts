import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../../shared/ipc/events'
import type { MenuStrings } from './menu-strings'

export interface MenuInput {
  readonly strings: MenuStrings
  readonly platform: NodeJS.Platform
  /** Forwards a command to the renderer, which owns the workflow behind it. */
  readonly send: (command: MenuCommand) => void
}

/**
 * The application menu as a plain template (pure, unit-tested). File commands are forwarded to
 * the renderer as `menu.command` events; edit/view/window use Electron's built-in roles.
 */
export function buildMenuTemplate({ strings, platform, send }: MenuInput): MenuItemConstructorOptions[] {
  const isMac = platform === 'darwin'
  const file: MenuItemConstructorOptions = {
    label: strings.file,
    submenu: [
      { label: strings.openFile, accelerator: 'CmdOrCtrl+O', click: () => send('open-file') },
      { label: strings.openSample, click: () => send('open-sample') },
      { type: 'separator' },
      { label: strings.saveEdition, accelerator: 'CmdOrCtrl+S', click: () => send('save-edition') },
      { label: strings.editions, accelerator: 'CmdOrCtrl+E', click: () => send('show-editions') },
      ...(isMac ? [] : [{ type: 'separator' } as const, { label: strings.quit, role: 'quit' } as const])
    ]
  }
  return [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    file,
    { label: strings.edit, role: 'editMenu' },
    { label: strings.view, submenu: [{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }] },
    { label: strings.window, role: 'windowMenu' }
  ]
}
