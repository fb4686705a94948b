import { describe, expect, it } from 'vitest'
import { TYPO_REPAIR_KIND } from '../../../../src/core/edit/repairs'
import type { EditState } from '../../../../src/core/edit/state'
import { article, buildPage, offsetOf, withRepair } from './page-builder'
import { ok, refusal } from './test-helpers'

/** A paragraph hard-wrapped across two lines and joined by a line-join repair ("推\n进" → "推进"). */
function wrappedPage(): EditState {
  const page = buildPage([
    {
      id: 'a',
      lines: [
        ['headline', '改革推进'],
        ['body', '会议要求加快推'],
        ['body', '进改革, 张三主持会议。'],
        ['body', '李四发言。']
      ],
      entities: [
        ['张三', 'PERSON', 'e-zhang'],
        ['李四', 'PERSON', 'e-li'],
        ['推\n进', 'OTHER', 'e-join']
      ]
    }
  ])
  const joined = withRepair(page, 'join', 'line-join', '推\n进', '推进', offsetOf(page, '加快'))
  return withRepair(joined, 'comma', 'punct-width', ',', '，')
}

describe('set-repair-applied', () => {
  it('reverting a join shows the raw line break in the body and in the entity across it', () => {
    const page = wrappedPage()
    expect(article(page, 'a').body).toBe('会议要求加快推进改革， 张三主持会议。\n李四发言。')
    const reverted = ok(page, { type: 'set-repair-applied', repairId: 'join', applied: false })
    expect(article(reverted, 'a').body).toBe('会议要求加快推\n进改革， 张三主持会议。\n李四发言。')
    expect(article(reverted, 'a').entities.find((e) => e.id === 'e-join')?.text).toBe('推\n进')
    expect(reverted.analysis.repairs.find((r) => r.id === 'join')?.applied).toBe(false)
    const reapplied = ok(reverted, { type: 'set-repair-applied', repairId: 'join', applied: true })
    expect(reapplied).toEqual(page)
  })

  it('reverting a width repair changes only the affected text', () => {
    const page = wrappedPage()
    const reverted = ok(page, { type: 'set-repair-applied', repairId: 'comma', applied: false })
    expect(article(reverted, 'a').body).toBe('会议要求加快推进改革, 张三主持会议。\n李四发言。')
    expect(article(reverted, 'a').entities).toBe(article(page, 'a').entities)
  })

  it('refuses an unknown repair', () => {
    expect(refusal(wrappedPage(), { type: 'set-repair-applied', repairId: 'x', applied: false })).toBe('REPAIR_NOT_FOUND')
  })
})

describe('fix-typo', () => {
  const body = (state: EditState): string => article(state, 'a').body

  it('fixes a typo as a repair over the source characters; the source text never changes', () => {
    const page = wrappedPage()
    const at = body(page).indexOf('主持')
    const next = ok(page, { type: 'fix-typo', articleId: 'a', bodyStart: at, bodyEnd: at + 2, replacement: '主办', repairId: 't1' })
    expect(next.sourceText).toBe(page.sourceText)
    expect(body(next)).toBe('会议要求加快推进改革， 张三主办会议。\n李四发言。')
    const repair = next.analysis.repairs.find((r) => r.id === 't1')
    expect(repair).toMatchObject({ kind: TYPO_REPAIR_KIND, before: '主持', after: '主办', sourceStart: offsetOf(page, '主持'), applied: true })
  })

  it('entities after the fix stay on their characters; one containing it gets its new text', () => {
    const page = wrappedPage()
    const before = article(page, 'a').entities
    const longer = ok(page, { type: 'fix-typo', articleId: 'a', bodyStart: body(page).indexOf('会议要求'), bodyEnd: body(page).indexOf('会议要求') + 2, replacement: '全体会议', repairId: 't' })
    const li = article(longer, 'a').entities.find((e) => e.id === 'e-li')
    expect(li).toBe(before.find((e) => e.id === 'e-li'))
    expect(longer.sourceText.slice(li?.sourceStart, li?.sourceEnd)).toBe('李四')
    const inside = body(page).indexOf('张三') + 1
    const renamed = ok(page, { type: 'fix-typo', articleId: 'a', bodyStart: inside, bodyEnd: inside + 1, replacement: '叁', repairId: 't' })
    expect(article(renamed, 'a').entities.find((e) => e.id === 'e-zhang')).toMatchObject({ text: '张叁', sourceStart: offsetOf(page, '张三') })
  })

  it('a fix across an entity’s edge invalidates that entity', () => {
    const page = wrappedPage()
    const at = body(page).indexOf('三主')
    const next = ok(page, { type: 'fix-typo', articleId: 'a', bodyStart: at, bodyEnd: at + 2, replacement: '山主', repairId: 't' })
    expect(article(next, 'a').entities.map((e) => e.id)).not.toContain('e-zhang')
  })

  it('inserting text (an empty range) extends the repair over a neighbouring character', () => {
    const page = wrappedPage()
    const at = body(page).indexOf('发言')
    const next = ok(page, { type: 'fix-typo', articleId: 'a', bodyStart: at, bodyEnd: at, replacement: '的', repairId: 't' })
    expect(body(next)).toBe('会议要求加快推进改革， 张三主持会议。\n李四的发言。')
    const start = ok(page, { type: 'fix-typo', articleId: 'a', bodyStart: body(page).indexOf('李四'), bodyEnd: body(page).indexOf('李四'), replacement: '“', repairId: 't' })
    expect(body(start)).toBe('会议要求加快推进改革， 张三主持会议。\n“李四发言。')
  })

  it('a second fix touching the first extends it; a fix back to the source removes the repair', () => {
    const page = wrappedPage()
    const at = body(page).indexOf('主持')
    const first = ok(page, { type: 'fix-typo', articleId: 'a', bodyStart: at, bodyEnd: at + 2, replacement: '主办', repairId: 't1' })
    const second = ok(first, { type: 'fix-typo', articleId: 'a', bodyStart: at + 1, bodyEnd: at + 3, replacement: '持了会', repairId: 't2' })
    expect(body(second)).toBe('会议要求加快推进改革， 张三主持了会议。\n李四发言。')
    expect(second.analysis.repairs.filter((r) => r.kind === TYPO_REPAIR_KIND).map((r) => r.id)).toEqual(['t1'])
    const back = ok(first, { type: 'fix-typo', articleId: 'a', bodyStart: at, bodyEnd: at + 2, replacement: '主持', repairId: 't3' })
    expect(back.analysis.repairs.some((r) => r.kind === TYPO_REPAIR_KIND)).toBe(false)
    expect(back).toEqual(page)
  })

  it('reverting the typo repair brings the original text back', () => {
    const page = wrappedPage()
    const at = body(page).indexOf('李四')
    const fixed = ok(page, { type: 'fix-typo', articleId: 'a', bodyStart: at, bodyEnd: at + 2, replacement: '李斯', repairId: 't' })
    expect(article(fixed, 'a').entities.find((e) => e.id === 'e-li')?.text).toBe('李斯')
    const reverted = ok(fixed, { type: 'set-repair-applied', repairId: 't', applied: false })
    expect(body(reverted)).toBe(body(page))
    expect(article(reverted, 'a').entities.find((e) => e.id === 'e-li')?.text).toBe('李四')
  })

  it('refuses a fix across paragraphs, over a machine repair, or outside the body', () => {
    const page = wrappedPage()
    const end = body(page).indexOf('\n')
    expect(refusal(page, { type: 'fix-typo', articleId: 'a', bodyStart: end - 1, bodyEnd: end + 1, replacement: 'x', repairId: 't' })).toBe('TYPO_CROSSES_PARAGRAPH')
    const joined = body(page).indexOf('推进')
    expect(refusal(page, { type: 'fix-typo', articleId: 'a', bodyStart: joined, bodyEnd: joined + 1, replacement: 'x', repairId: 't' })).toBe('TYPO_OVERLAPS_REPAIR')
    expect(refusal(page, { type: 'fix-typo', articleId: 'a', bodyStart: 0, bodyEnd: 999, replacement: 'x', repairId: 't' })).toBe('OFFSET_OUT_OF_RANGE')
    expect(refusal(page, { type: 'fix-typo', articleId: 'a', bodyStart: 0, bodyEnd: 1, replacement: 'x', repairId: 'join' })).toBe('ID_TAKEN')
  })
})
