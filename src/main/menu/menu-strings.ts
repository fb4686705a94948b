/**
 * Menu labels. The menu is drawn by main, outside React, so it has its own small table in the
 * two UI languages; the renderer's strings live in src/renderer/i18n.
 */
export const MENU_STRINGS = {
  en: {
    file: '&File',
    openFile: 'Open Page File…',
    openSample: 'Open Sample Page',
    saveEdition: 'Save as Edition…',
    editions: 'Editions',
    quit: 'Quit',
    edit: '&Edit',
    view: '&View',
    window: '&Window',
    help: '&Help'
  },
  'zh-CN': {
    file: '文件(&F)',
    openFile: '打开版面文件…',
    openSample: '打开示例版面',
    saveEdition: '保存为报纸期次…',
    editions: '期次列表',
    quit: '退出',
    edit: '编辑(&E)',
    view: '视图(&V)',
    window: '窗口(&W)',
    help: '帮助(&H)'
  }
} as const

export type MenuLocale = keyof typeof MENU_STRINGS
export type MenuStrings = (typeof MENU_STRINGS)[MenuLocale]

/** Picks the menu language from the system locale: Chinese systems get zh-CN, others English. */
export function menuLocaleFor(systemLocale: string): MenuLocale {
  return systemLocale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en'
}
