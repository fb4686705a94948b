import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { migrateToCurrent } from '../../../../src/shared/store/migrations'
import { editionV1ToV2 } from '../../../../src/shared/store/migrations/edition-v1-to-v2'
import { parseStoredFile } from '../../../../src/shared/store/parse-stored-file'

const fixture = JSON.parse(readFileSync(join(__dirname, '../../../fixtures/store/edition-v1.json'), 'utf8')) as Record<string, unknown>

describe('edition migration v1 → v2', () => {
  it('adds journalSeq 0 and keeps the edition untouched', () => {
    const migrated = editionV1ToV2.migrate(fixture)
    expect(migrated.schemaVersion).toBe(2)
    expect(migrated.journalSeq).toBe(0)
    expect(migrated.edition).toEqual(fixture.edition)
  })

  it('turns the v1 fixture into a valid current edition file', () => {
    const parsed = parseStoredFile('edition', fixture)
    expect(parsed.status).toBe('ok')
    if (parsed.status !== 'ok') return
    expect(parsed.migratedFrom).toBe(1)
    expect(parsed.data.edition.id).toBe('ed-20260301-legacy01')
    expect(parsed.data.edition.pages[0]?.analysis.articles).toHaveLength(2)
  })

  it('does not modify its input (the original is backed up as read)', () => {
    const copy = structuredClone(fixture)
    migrateToCurrent('edition', copy)
    expect(copy).toEqual(fixture)
  })
})
