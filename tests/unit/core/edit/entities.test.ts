import { describe, expect, it } from 'vitest'
import { article, buildPage, offsetOf, samplePage } from './page-builder'
import { ok, refusal } from './test-helpers'

describe('entity commands', () => {
  it('adds an entity with the editor signal, confidence 1 and the repaired quote, in source order', () => {
    const page = samplePage()
    const start = offsetOf(page, '十八号线')
    const next = ok(page, { type: 'add-entity', articleId: 'a1', entityId: 'n1', entityType: 'OTHER', sourceStart: start, sourceEnd: start + 4 })
    const entities = article(next, 'a1').entities
    expect(entities.map((e) => e.id)).toEqual(['e-shanghai', 'n1', 'e-wangwu', 'e-airport'])
    expect(entities[1]).toEqual({ id: 'n1', type: 'OTHER', text: '十八号线', sourceStart: start, sourceEnd: start + 4, confidence: 1, signal: 'editor' })
  })

  it('refuses a span outside the article, empty or blank, cutting a character, duplicated, or with a used id', () => {
    const page = samplePage()
    const inA2 = offsetOf(page, '北京书展')
    const add = (sourceStart: number, sourceEnd: number, entityId = 'n') =>
      refusal(page, { type: 'add-entity', articleId: 'a1', entityId, entityType: 'PLACE', sourceStart, sourceEnd })
    expect(add(inA2, inA2 + 2)).toBe('SPAN_OUTSIDE_ARTICLE')
    expect(add(5, 5)).toBe('EMPTY_SPAN')
    const gap = offsetOf(page, '\n')
    expect(add(gap, gap + 1)).toBe('EMPTY_SPAN')
    expect(add(offsetOf(page, '上海'), offsetOf(page, '上海') + 2)).toBe('ENTITY_EXISTS')
    expect(add(0, 2, 'a2')).toBe('ID_TAKEN')
    expect(add(0, 2, 'e-bookfair')).toBe('ID_TAKEN')
    expect(add(-1, 2)).toBe('OFFSET_OUT_OF_RANGE')
    const astral = buildPage([{ id: 'a', lines: [['body', '人名𠀀字']] }])
    const mid = offsetOf(astral, '𠀀') + 1
    expect(refusal(astral, { type: 'add-entity', articleId: 'a', entityId: 'n', entityType: 'PERSON', sourceStart: 0, sourceEnd: mid })).toBe('SPLITS_CHARACTER')
    const whole = ok(astral, { type: 'add-entity', articleId: 'a', entityId: 'n', entityType: 'PERSON', sourceStart: 0, sourceEnd: mid + 1 })
    expect(article(whole, 'a').entities[0]?.text).toBe('人名𠀀')
  })

  it('removes, retypes and resizes an entity', () => {
    const page = samplePage()
    const removed = ok(page, { type: 'remove-entity', entityId: 'e-airport' })
    expect(article(removed, 'a1').entities.map((e) => e.id)).toEqual(['e-shanghai', 'e-wangwu'])
    expect(article(removed, 'a2')).toBe(article(page, 'a2'))

    const retyped = ok(page, { type: 'retype-entity', entityId: 'e-airport', entityType: 'ORG' })
    expect(article(retyped, 'a1').entities[2]).toMatchObject({ type: 'ORG', confidence: 1, signal: 'editor', text: '浦东机场' })

    const start = offsetOf(page, '浦东机场')
    const resized = ok(page, { type: 'resize-entity', entityId: 'e-airport', sourceStart: start, sourceEnd: start + 2 })
    expect(article(resized, 'a1').entities[2]).toMatchObject({ text: '浦东', sourceStart: start, sourceEnd: start + 2, signal: 'editor', confidence: 1 })
  })

  it('refuses unknown entities and a resize out of the article', () => {
    const page = samplePage()
    expect(refusal(page, { type: 'remove-entity', entityId: 'x' })).toBe('ENTITY_NOT_FOUND')
    expect(refusal(page, { type: 'retype-entity', entityId: 'x', entityType: 'ORG' })).toBe('ENTITY_NOT_FOUND')
    expect(refusal(page, { type: 'resize-entity', entityId: 'e-airport', sourceStart: offsetOf(page, '浦东'), sourceEnd: article(page, 'a2').sourceStart + 1 })).toBe('SPAN_OUTSIDE_ARTICLE')
  })
})
