import { SAMPLE_TEXT, expect, test } from '../support/galley-fixture'
import type { Page } from '@playwright/test'
import { saveSampleAsEdition, storedAnalysis, waitSaved } from '../support/workbench-helpers'

// Tagged-name corrections through the real UI (keys and the label-type buttons), checked on
// screen AND in what the store holds on disk (edition file + autosave journal).

/** Selects [start, end) of the source text in the source pane (as a mouse drag would). */
async function selectInSource(page: Page, start: number, end: number): Promise<void> {
  await page.evaluate(([from, to]) => {
    const runs = Array.from(document.querySelectorAll<HTMLElement>('[data-testid="source-text"] [data-src]'))
    const point = (at: number): [Node, number] => {
      const run = runs.find((el) => Number(el.dataset.src) <= at && at < Number(el.dataset.src) + (el.textContent ?? '').length)
      if (!run?.firstChild) throw new Error(`no source run at ${at}`)
      return [run.firstChild, at - Number(run.dataset.src)]
    }
    const range = document.createRange()
    range.setStart(...point(from))
    range.setEnd(...point(to))
    window.getSelection()?.removeAllRanges()
    window.getSelection()?.addRange(range)
  }, [start, end] as const)
}

test('tag selected text, retype, resize and remove a name, undo the removal: cards, panel and the stored analysis follow', async ({ galley }) => {
  const { page } = galley
  await galley.start()
  const id = await saveSampleAsEdition(galley)
  const original = storedAnalysis(galley, id)
  const first = original.articles[0]!
  // Three untagged, unrepaired CJK characters in a body line of the first article.
  const free = (at: number): boolean => /\p{Script=Han}/u.test(SAMPLE_TEXT[at] ?? '')
    && !first.entities.some((e) => e.sourceStart <= at && at < e.sourceEnd)
    && !original.repairs.some((r) => r.sourceStart <= at && at < r.sourceEnd)
  const body = first.lines.filter((l) => l.role === 'body')
  let s = -1
  for (const line of body) {
    for (let at = line.sourceStart; at + 3 <= line.sourceEnd && s < 0; at++) if (free(at) && free(at + 1) && free(at + 2)) s = at
    if (s >= 0) break
  }
  expect(s).toBeGreaterThanOrEqual(0)
  const tools = page.getByTestId('entity-tools')
  const cardBody = page.locator(`[data-body-of="${first.id}"]`)
  const entityAt = (start: number) => storedAnalysis(galley, id).articles[0]!.entities.filter((e) => e.sourceStart === start)

  // Add: select two characters in the source, Alt+3 tags them as a place; the new name is selected.
  await page.getByTestId('article-list').getByRole('button').first().click()
  await selectInSource(page, s, s + 2)
  await page.keyboard.press('Alt+3')
  const mark = cardBody.locator('mark.ent.selected')
  await expect(mark).toHaveText(SAMPLE_TEXT.slice(s, s + 2))
  await expect(mark).toHaveClass(/ent-PLACE/)
  await expect(tools.getByRole('button', { name: 'Place' })).toHaveAttribute('aria-pressed', 'true')
  await waitSaved(page)
  expect(entityAt(s)).toMatchObject([{ type: 'PLACE', sourceEnd: s + 2, text: SAMPLE_TEXT.slice(s, s + 2), signal: 'editor', confidence: 1 }])

  // Retype with the label-type button.
  await tools.getByRole('button', { name: 'Organisation' }).click()
  await expect(mark).toHaveClass(/ent-ORG/)
  await expect(page.locator(`[data-testid="source-text"] .selected-entity`)).toHaveClass(/ent-ORG/)
  await waitSaved(page)
  expect(entityAt(s)).toMatchObject([{ type: 'ORG', sourceEnd: s + 2 }])

  // Resize: Shift+Alt+→ extends the end by one character.
  await page.keyboard.press('Shift+Alt+ArrowRight')
  await expect(mark).toHaveText(SAMPLE_TEXT.slice(s, s + 3))
  await waitSaved(page)
  expect(entityAt(s)).toMatchObject([{ type: 'ORG', sourceEnd: s + 3, text: SAMPLE_TEXT.slice(s, s + 3) }])

  // Remove with X; the history lists the four steps.
  await page.keyboard.press('x')
  await expect(cardBody.locator('mark.ent.selected')).toHaveCount(0)
  await expect(page.getByTestId('history-panel').getByRole('listitem')).toHaveText(['Tag Place', 'Retype as Organisation', 'Resize tag', 'Remove tag'])
  await waitSaved(page)
  expect(entityAt(s)).toEqual([])

  // Undo one step: the resized organisation is back, on screen and on disk.
  await page.keyboard.press('Control+z')
  await expect(cardBody.locator('mark.ent-ORG', { hasText: SAMPLE_TEXT.slice(s, s + 3) })).toHaveCount(1)
  await waitSaved(page)
  expect(entityAt(s)).toMatchObject([{ type: 'ORG', sourceEnd: s + 3 }])
  expect(storedAnalysis(galley, id).articles[0]!.entities).toHaveLength(first.entities.length + 1)
})

test('select text in a card body and tag it with the type button', async ({ galley }) => {
  const { page } = galley
  await galley.start()
  const id = await saveSampleAsEdition(galley)
  const first = storedAnalysis(galley, id).articles[0]!
  await page.getByTestId('article-list').getByRole('button').first().click()
  // The first body run that is plain text (no name, no repair): select its first two characters.
  const run = page.locator(`[data-body-of="${first.id}"] span[data-kind="source"]`).filter({ hasText: /^\p{Script=Han}{2}/u }).first()
  const src = Number(await run.getAttribute('data-src'))
  await run.evaluate((el) => {
    const range = document.createRange()
    range.setStart(el.firstChild!, 0)
    range.setEnd(el.firstChild!, 2)
    window.getSelection()?.removeAllRanges()
    window.getSelection()?.addRange(range)
  })
  await page.getByTestId('entity-tools').getByRole('button', { name: 'Person' }).click()
  await expect(page.locator(`[data-body-of="${first.id}"] mark.ent-PERSON.selected`)).toHaveText(SAMPLE_TEXT.slice(src, src + 2))
  await waitSaved(page)
  expect(storedAnalysis(galley, id).articles[0]!.entities.filter((e) => e.sourceStart === src)).toMatchObject([{ type: 'PERSON', sourceEnd: src + 2 }])
})
