import { describe, expect, it } from 'vitest'
import { parseStoredFile } from '../../../../src/shared/store/parse-stored-file'
import { SCHEMA_VERSIONS } from '../../../../src/shared/store/schema-versions'

describe('parseStoredFile', () => {
  it('reports a file from a newer schemaVersion as newer, not as damaged', () => {
    expect(parseStoredFile('settings', { schemaVersion: SCHEMA_VERSIONS.settings + 1, settings: {} })).toEqual({ status: 'newer', version: SCHEMA_VERSIONS.settings + 1 })
  })

  it('rejects a missing or nonsensical schemaVersion and non-objects', () => {
    expect(parseStoredFile('catalog', { entries: [] }).status).toBe('invalid')
    expect(parseStoredFile('catalog', { schemaVersion: '1', entries: [] }).status).toBe('invalid')
    expect(parseStoredFile('catalog', [1, 2]).status).toBe('invalid')
    expect(parseStoredFile('catalog', null).status).toBe('invalid')
  })

  it('names the path of the first schema problem', () => {
    const result = parseStoredFile('catalog', { schemaVersion: 1, entries: [{ id: 3 }] })
    expect(result.status).toBe('invalid')
    if (result.status === 'invalid') expect(result.reason).toMatch(/entries\.0\.id/)
  })

  it('fills defaults of settings written before a field existed', () => {
    const result = parseStoredFile('settings', { schemaVersion: 1, settings: { locale: 'en' } })
    expect(result.status).toBe('ok')
    if (result.status === 'ok') expect(result.data.settings).toEqual({ locale: 'en', autosaveDelayMs: 800, revisions: { keepLast: 50, keepDailyForDays: 30 } })
  })
})
