import { describe, expect, it } from 'vitest'
import { EditionSerializer } from '../../../src/main/storage/edition-serializer'
import { editionFileSchema } from '../../../src/shared/store/edition-file'
import type { Edition } from '../../../src/shared/model/edition'
import { makeEdition } from '../../fixtures/store/make-edition'

const base = makeEdition('ed-1', 5, { pages: 4, articles: 3, entitiesPerArticle: 2, chars: 300 })
const at = '2026-11-26T10:00:00.000Z'
/** A structured clone, as an edition arriving over IPC is: same content, new objects. */
const overIpc = (edition: Edition): Edition => structuredClone(edition)

describe('EditionSerializer', () => {
  it('produces exactly JSON.stringify of the validated file, first time and with cached pages', () => {
    const serializer = new EditionSerializer()
    const first = serializer.prepare(overIpc(base), 3, at)
    expect(first.bytes.toString('utf8')).toBe(JSON.stringify(editionFileSchema.parse({ schemaVersion: 2, journalSeq: 3, edition: { ...base, updatedAt: at } })))
    const changed: Edition = { ...base, newspaper: '晚报', pages: base.pages.map((page, i) => (i === 2 ? { ...page, fileName: 'changed.txt' } : page)) }
    const second = serializer.prepare(overIpc(changed), 4, at)
    expect(second.bytes.toString('utf8')).toBe(JSON.stringify({ schemaVersion: 2, journalSeq: 4, edition: editionFileSchema.shape.edition.parse({ ...changed, updatedAt: at }) }))
    expect(serializer.serialize(second.file)).toBe(second.bytes)
    expect(JSON.parse(second.bytes.toString('utf8')).edition.pages[2].fileName).toBe('changed.txt')
  })

  it('still validates a page whose content changed, even if the other pages are cached', () => {
    const serializer = new EditionSerializer()
    serializer.prepare(overIpc(base), 0, at)
    const broken = overIpc(base) as unknown as { pages: { analysis: { articles: { sourceStart: unknown }[] } }[] }
    ;(broken.pages[1] as { analysis: { articles: { sourceStart: unknown }[] } }).analysis.articles[0]!.sourceStart = -5
    expect(() => serializer.prepare(broken, 1, at)).toThrow(/page 2 is not valid/)
    expect(() => serializer.prepare({ ...overIpc(base), date: 'yesterday' }, 1, at)).toThrow(/not valid \(date\)/)
  })

  it('cannot be fooled by a caller mutating, in place, the edition it was handed', () => {
    const serializer = new EditionSerializer()
    const { edition } = serializer.prepare(overIpc(base), 0, at)
    ;(edition.pages[0] as { fileName: string }).fileName = 'mutated.txt'
    const again = serializer.prepare(edition, 1, at)
    expect(JSON.parse(again.bytes.toString('utf8')).edition.pages[0].fileName).toBe('mutated.txt')
    ;(edition.pages[1] as { sourceStart?: unknown; analysis: { articles: { sourceStart: unknown }[] } }).analysis.articles[0]!.sourceStart = 'x'
    expect(() => serializer.prepare(edition, 2, at)).toThrow(/page 2 is not valid/)
  })

  it('falls back to a plain stringify for data it did not prepare', () => {
    const serializer = new EditionSerializer()
    const other = { schemaVersion: 2, journalSeq: 0, edition: base }
    expect(serializer.serialize(other)).toBe(JSON.stringify(other))
  })
})

describe('jsonEqual', () => {
  it('compares like JSON: key order and undefined properties do not matter, types and values do', async () => {
    const { jsonEqual } = await import('../../../src/main/storage/json-equal')
    expect(jsonEqual({ a: 1, b: [1, 'x', null] }, { b: [1, 'x', null], a: 1 })).toBe(true)
    expect(jsonEqual({ a: 1, c: undefined }, { a: 1 })).toBe(true)
    expect(jsonEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false)
    expect(jsonEqual({ a: 1, b: 2 }, { a: 1 })).toBe(false)
    expect(jsonEqual([1, 2], [2, 1])).toBe(false)
    expect(jsonEqual({ a: '1' }, { a: 1 })).toBe(false)
    expect(jsonEqual(Number.NaN, Number.NaN)).toBe(false)
    expect(jsonEqual(new Date(0), {})).toBe(false)
    expect(jsonEqual([undefined], [null])).toBe(false)
  })
})
