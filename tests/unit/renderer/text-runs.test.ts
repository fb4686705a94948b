import { describe, expect, it } from 'vitest'
import { bodyRuns } from '../../../src/renderer/src/features/articles/body-runs'
import { sourceRuns } from '../../../src/renderer/src/features/side-by-side/source-runs'
import { matchShortcut } from '../../../src/renderer/src/features/shortcuts/shortcut-keys'
import { article, samplePage, withRepair } from '../core/edit/page-builder'

describe('body runs (card body with entity highlights)', () => {
  it('joins to exactly the article body, and each entity run carries its quote and body offset', () => {
    const page = samplePage()
    const a1 = article(page, 'a1')
    const runs = bodyRuns(page.sourceText, page.analysis.repairs, a1)
    expect(runs.map((r) => r.text).join('')).toBe(a1.body)
    const wangwu = runs.find((r) => r.entity?.id === 'e-wangwu')
    expect(wangwu?.text).toBe('王五')
    expect(a1.body.slice(wangwu!.bodyStart, wangwu!.bodyStart + 2)).toBe('王五')
    expect(page.sourceText.slice(wangwu!.sourceStart, wangwu!.sourceStart + 2)).toBe('王五')
  })

  it('shows repaired text as a repair run at its body offset (what fix-typo counts in)', () => {
    const page = withRepair(samplePage(), 'r1', 'punct-width', '。', '．')
    const a1 = article(page, 'a1')
    const runs = bodyRuns(page.sourceText, page.analysis.repairs, a1)
    expect(runs.map((r) => r.text).join('')).toBe(a1.body)
    const repair = runs.find((r) => r.repairId === 'r1')
    expect(repair).toMatchObject({ kind: 'repair', text: '．' })
  })
})

describe('source runs (the source pane inside one article)', () => {
  it('cuts at entity, repair and chosen-line edges without changing the text', () => {
    const page = samplePage()
    const a1 = article(page, 'a1')
    const line = a1.lines[4]!
    const runs = sourceRuns(a1.sourceStart, a1.sourceEnd, a1.entities, page.analysis.repairs, { start: line.sourceStart, end: line.sourceEnd })
    expect(runs.map((r) => page.sourceText.slice(r.start, r.end)).join('')).toBe(page.sourceText.slice(a1.sourceStart, a1.sourceEnd))
    expect(runs.filter((r) => r.entity).map((r) => page.sourceText.slice(r.start, r.end))).toEqual(['上海', '王五', '浦东机场'])
    expect(runs.filter((r) => r.inLine).map((r) => page.sourceText.slice(r.start, r.end)).join('')).toBe('市长王五出席了仪式。')
  })
})

describe('shortcut keys', () => {
  const press = (key: string, mods: Partial<{ ctrlKey: boolean; shiftKey: boolean; altKey: boolean; metaKey: boolean }> = {}) =>
    ({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods })

  it('maps undo and both redo chords, and leaves a text field its own undo', () => {
    expect(matchShortcut(press('z', { ctrlKey: true }), false)).toEqual({ action: 'undo' })
    expect(matchShortcut(press('Z', { ctrlKey: true, shiftKey: true }), false)).toEqual({ action: 'redo' })
    expect(matchShortcut(press('y', { ctrlKey: true }), false)).toEqual({ action: 'redo' })
    expect(matchShortcut(press('z', { ctrlKey: true }), true)).toBeNull()
    expect(matchShortcut(press('s', { metaKey: true }), true)).toEqual({ action: 'save' })
  })

  it('maps the correction keys, and ignores plain letters typed into a field', () => {
    expect(matchShortcut(press('s'), false)).toEqual({ action: 'split' })
    expect(matchShortcut(press('['), false)).toEqual({ action: 'mergePrevious' })
    expect(matchShortcut(press('3'), false)).toEqual({ action: 'kind', index: 2 })
    expect(matchShortcut(press('R', { shiftKey: true }), false)).toEqual({ action: 'review', reset: true })
    expect(matchShortcut(press('ArrowUp', { altKey: true }), false)).toEqual({ action: 'reorder', delta: -1 })
    expect(matchShortcut(press('?', { shiftKey: true }), false)).toEqual({ action: 'help' })
    expect(matchShortcut(press('s'), true)).toBeNull()
  })

  it('maps the tagged-name keys: Alt+1…8 type, Shift+Alt+←/→ end, X remove', () => {
    expect(matchShortcut(press('1', { altKey: true }), false)).toEqual({ action: 'tagEntity', index: 0 })
    expect(matchShortcut(press('8', { altKey: true }), false)).toEqual({ action: 'tagEntity', index: 7 })
    expect(matchShortcut(press('9', { altKey: true }), false)).toBeNull()
    expect(matchShortcut(press('ArrowRight', { altKey: true, shiftKey: true }), false)).toEqual({ action: 'resizeEntity', delta: 1 })
    expect(matchShortcut(press('ArrowLeft', { altKey: true, shiftKey: true }), false)).toEqual({ action: 'resizeEntity', delta: -1 })
    expect(matchShortcut(press('ArrowLeft', { altKey: true }), false)).toBeNull()
    expect(matchShortcut(press('x'), false)).toEqual({ action: 'removeEntity' })
    expect(matchShortcut(press('1', { altKey: true }), true)).toBeNull()
  })
})

describe('source chunks (blocks of the source pane)', () => {
  it('end every chunk right after a line feed and keep the text exactly', async () => {
    const { sourceChunks } = await import('../../../src/renderer/src/features/side-by-side/source-chunks')
    const { sourceSegments } = await import('../../../src/renderer/src/features/side-by-side/source-segments')
    const page = samplePage({ eol: '\r\n' })
    const chunks = sourceChunks(page.sourceText, sourceSegments(page.sourceText.length, page.analysis.articles))
    expect(chunks.flat().map((s) => page.sourceText.slice(s.start, s.end)).join('')).toBe(page.sourceText)
    for (const chunk of chunks.slice(0, -1)) expect(page.sourceText[(chunk[chunk.length - 1]?.end ?? 0) - 1]).toBe('\n')
    // Each article's range stays whole inside one chunk.
    for (const a of page.analysis.articles) expect(chunks.filter((c) => c.some((s) => s.articleId === a.id))).toHaveLength(1)
  })
})
