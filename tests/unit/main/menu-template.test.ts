import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import type { MenuCommand } from '../../../src/shared/ipc/events'
import { buildMenuTemplate } from '../../../src/main/menu/build-menu-template'
import { MENU_STRINGS, menuLocaleFor } from '../../../src/main/menu/menu-strings'

function fileItems(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const file = template.find((item) => item.label === label)
  return (file?.submenu ?? []) as MenuItemConstructorOptions[]
}

describe('application menu', () => {
  it('forwards File commands to the renderer', () => {
    const sent: MenuCommand[] = []
    const template = buildMenuTemplate({ strings: MENU_STRINGS.en, platform: 'linux', send: (command) => sent.push(command) })
    for (const item of fileItems(template, MENU_STRINGS.en.file)) {
      if (item.click) (item.click as () => void)()
    }
    expect(sent).toEqual(['open-file', 'open-sample', 'save-edition', 'show-editions'])
  })

  it('binds Ctrl/Cmd+O to Open', () => {
    const template = buildMenuTemplate({ strings: MENU_STRINGS.en, platform: 'win32', send: () => {} })
    expect(fileItems(template, MENU_STRINGS.en.file)[0]?.accelerator).toBe('CmdOrCtrl+O')
  })

  it('uses Chinese labels on a Chinese system', () => {
    expect(menuLocaleFor('zh-CN')).toBe('zh-CN')
    expect(menuLocaleFor('zh-TW')).toBe('zh-CN')
    expect(menuLocaleFor('en-GB')).toBe('en')
    const template = buildMenuTemplate({ strings: MENU_STRINGS['zh-CN'], platform: 'linux', send: () => {} })
    expect(fileItems(template, '文件(&F)')[0]?.label).toBe('打开版面文件…')
  })
})
