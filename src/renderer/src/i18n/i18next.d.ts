import type { Messages } from './locales/en'

// Typed keys: t('toolbar.openFile') is checked against the English table.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    resources: { translation: Messages }
  }
}
