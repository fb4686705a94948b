import { describe, expect, it } from 'vitest'
import { ERROR_CODES } from '../../../src/shared/errors'
import { en } from '../../../src/renderer/src/i18n/locales/en'
import { zhCN } from '../../../src/renderer/src/i18n/locales/zh-CN'
import { initialLanguage } from '../../../src/renderer/src/i18n/i18n'

const keys = (table: object, prefix = ''): string[] =>
  Object.entries(table).flatMap(([key, value]) => (typeof value === 'object' && value !== null ? keys(value as object, `${prefix}${key}.`) : [`${prefix}${key}`]))

describe('UI strings', () => {
  it('has the same keys in Chinese and English, none left empty', () => {
    expect(keys(zhCN)).toEqual(keys(en))
    expect(keys(zhCN).filter((key) => key.split('.').reduce<unknown>((table, part) => (table as Record<string, unknown>)[part], zhCN) === '')).toEqual([])
  })

  it('has a title for every shared error code, so no error shows up untranslated', () => {
    for (const code of ERROR_CODES) {
      expect(en.errors).toHaveProperty(code)
      expect(zhCN.errors).toHaveProperty(code)
    }
  })

  it('starts in Chinese on a Chinese system, in English elsewhere, and keeps an explicit choice', () => {
    expect(initialLanguage(['zh-CN', 'en'], null)).toBe('zh-CN')
    expect(initialLanguage(['zh-TW'], null)).toBe('zh-CN')
    expect(initialLanguage(['en-GB', 'de'], null)).toBe('en')
    expect(initialLanguage(['zh-CN'], 'en')).toBe('en')
    expect(initialLanguage(['en-US'], 'fr')).toBe('en')
  })
})
