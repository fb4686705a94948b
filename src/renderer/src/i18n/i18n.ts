import i18next, { type i18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import { en } from './locales/en'
import { zhCN } from './locales/zh-CN'

export const UI_LANGUAGES = ['zh-CN', 'en'] as const
export type UiLanguage = (typeof UI_LANGUAGES)[number]

const STORAGE_KEY = 'galley.language'

/** zh-CN on a Chinese system, English elsewhere, unless the editor chose one before. */
export function initialLanguage(systemLanguages: readonly string[], stored: string | null): UiLanguage {
  if (stored === 'zh-CN' || stored === 'en') return stored
  return systemLanguages.some((lang) => lang.toLowerCase().startsWith('zh')) ? 'zh-CN' : 'en'
}

/** Starts i18next with both locales bundled (no fetching: the CSP forbids it and we are offline). */
export function initI18n(): i18n {
  const instance = i18next.createInstance()
  void instance.use(initReactI18next).init({
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
    lng: initialLanguage(navigator.languages, localStorage.getItem(STORAGE_KEY)),
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    initAsync: false
  })
  instance.on('languageChanged', (lng) => {
    localStorage.setItem(STORAGE_KEY, lng)
    document.documentElement.lang = lng
  })
  document.documentElement.lang = instance.language
  return instance
}
