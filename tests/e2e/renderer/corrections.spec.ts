import { SAMPLE_TEXT, expect, test } from '../support/galley-fixture'
import { placeCaretInSource, saveSampleAsEdition, selectInBody, startOnSavedSample, storedAnalysis, waitSaved } from '../support/workbench-helpers'

// Each correction through the real UI (keys and buttons), checked on screen AND in what the
// store holds on disk (edition file + autosave journal). The sample page has 4 articles.

test('split at the caret, merge back, undo and redo: cards, history and the stored analysis follow each step', async ({ galley }) => {
  const { page } = galley
  const { id, original } = await startOnSavedSample(galley)
  const cards = page.getByTestId('article-list').getByRole('button')
  const second = original.articles[1]!
  const at = second.lines[4]!.sourceStart

  await cards.nth(1).click()
  await placeCaretInSource(page, at)
  await page.keyboard.press('s')
  await expect(cards).toHaveCount(5)
  await expect(page.getByTestId('history-panel').getByRole('listitem')).toHaveText(['Split article'])
  await waitSaved(page)
  let stored = storedAnalysis(galley, id)
  expect(stored.articles).toHaveLength(5)
  expect(stored.articles[1]).toMatchObject({ id: second.id, sourceStart: second.sourceStart, sourceEnd: at })
  expect(stored.articles[2]?.sourceStart).toBe(at)
  // Both cards show exactly the bodies the store holds (the new one starts at the caret's line).
  await expect(page.locator(`[data-body-of="${stored.articles[2]!.id}"]`)).toHaveText(stored.articles[2]!.body)
  await expect(page.locator(`[data-body-of="${second.id}"]`)).toHaveText(stored.articles[1]!.body)
  expect(stored.articles[2]!.body).toBe(second.body.split('\n').slice(1).join('\n'))

  // Merge the new article back into its predecessor with "[".
  await cards.nth(2).click()
  await page.keyboard.press('[')
  await expect(cards).toHaveCount(4)
  await waitSaved(page)
  stored = storedAnalysis(galley, id)
  expect(stored.articles.map((a) => [a.sourceStart, a.sourceEnd])).toEqual(original.articles.map((a) => [a.sourceStart, a.sourceEnd]))

  // Ctrl+Z undoes the merge, Ctrl+Z again the split; Ctrl+Shift+Z and Ctrl+Y redo them.
  await page.keyboard.press('Control+z')
  await expect(cards).toHaveCount(5)
  await page.keyboard.press('Control+z')
  await expect(cards).toHaveCount(4)
  await expect(page.getByTestId('history-panel').locator('[data-status="undone"]')).toHaveCount(2)
  await page.keyboard.press('Control+Shift+Z')
  await expect(cards).toHaveCount(5)
  await waitSaved(page)
  expect(storedAnalysis(galley, id).articles).toHaveLength(5)
  await page.keyboard.press('Control+y')
  await expect(cards).toHaveCount(4)
  await waitSaved(page)
  expect(storedAnalysis(galley, id).articles).toHaveLength(4)
})

test('move a paragraph to the next article, change the kind and a line role', async ({ galley }) => {
  const { page } = galley
  const { id, original } = await startOnSavedSample(galley)
  const cards = page.getByTestId('article-list').getByRole('button')
  const first = original.articles[0]!
  const lastLine = first.lines[first.lines.length - 1]!

  // "." moves the first article's last paragraph to the article after it in the source.
  await cards.nth(0).click()
  await page.keyboard.press('.')
  await waitSaved(page)
  let stored = storedAnalysis(galley, id)
  expect(stored.articles[0]?.lines).toHaveLength(first.lines.length - 1)
  expect(stored.articles[1]?.sourceStart).toBe(lastLine.sourceStart)
  const moved = SAMPLE_TEXT.slice(lastLine.sourceStart, lastLine.sourceEnd).trim().slice(0, 10)
  await expect(page.locator(`[data-body-of="${original.articles[1]!.id}"]`)).toContainText(moved)
  await expect(page.locator(`[data-body-of="${first.id}"]`)).not.toContainText(moved)

  // "2" makes it a photo; the role select turns its second line (a subheadline) into a kicker.
  await page.keyboard.press('2')
  await expect(cards.nth(0).getByTestId('article-kind')).toHaveText('Photo')
  const roles = page.getByTestId('role-select')
  await roles.nth(1).selectOption('kicker')
  await waitSaved(page)
  stored = storedAnalysis(galley, id)
  expect(stored.articles[0]?.kind).toBe('photo')
  expect(stored.articles[0]?.lines[1]?.role).toBe('kicker')
  const kicker = stored.articles[0]!.kicker!
  expect(kicker.length).toBeGreaterThan(0)
  expect(stored.articles[0]?.subheadlines).not.toContain(kicker)
  await expect(cards.nth(0).locator('.article-kicker')).toHaveText(kicker)
  await expect(page.getByTestId('history-panel').getByRole('listitem')).toHaveText(['Move line to next article', 'Kind: Photo', 'Line role: Kicker'])
})

test('revert and re-apply a repair; fix a typo and the tagged names after it stay on their characters', async ({ galley }) => {
  const { page } = galley
  const { id, original } = await startOnSavedSample(galley)
  const cards = page.getByTestId('article-list').getByRole('button')
  const first = original.articles[0]!
  const columnBreak = original.repairs.find((r) => r.kind === 'column-break' && r.sourceStart > first.sourceStart && r.sourceEnd < first.sourceEnd)!
  await cards.nth(0).click()

  // Revert the column-break join: marked reverted in the source, in the panel and on disk.
  const row = page.locator(`.repair-row[data-repair-id="${columnBreak.id}"]`)
  await row.getByRole('button', { name: 'Revert' }).click()
  await expect(page.locator(`[data-testid="source-text"] [data-repair-id="${columnBreak.id}"]`).first()).toHaveClass(/reverted/)
  await waitSaved(page)
  expect(storedAnalysis(galley, id).repairs.find((r) => r.id === columnBreak.id)?.applied).toBe(false)
  expect(storedAnalysis(galley, id).articles[0]?.body).not.toBe(first.body)
  await row.getByRole('button', { name: 'Re-apply' }).click()
  await waitSaved(page)
  expect(storedAnalysis(galley, id).articles[0]?.body).toBe(first.body)

  // Fix a typo before an entity of the same paragraph: select two characters, T, type, Enter.
  const entity = first.entities.find((e) => e.sourceStart > first.lines.find((l) => l.role === 'body')!.sourceStart + 4)!
  const bodyAt = first.body.indexOf(entity.text) - 3
  await selectInBody(page, first.id, bodyAt, bodyAt + 2)
  await page.keyboard.press('t')
  const typo = page.getByRole('form', { name: 'Fix a typo' })
  await typo.getByRole('textbox').fill('〔改〕')
  await typo.getByRole('textbox').press('Enter')
  await expect(page.locator(`[data-body-of="${first.id}"]`)).toContainText('〔改〕')
  const mark = page.locator(`[data-body-of="${first.id}"] [data-entity-id="${entity.id}"]`)
  await expect(mark).toHaveText(entity.text)
  await expect(mark).toHaveAttribute('data-src', String(entity.sourceStart))
  await waitSaved(page)
  const stored = storedAnalysis(galley, id)
  expect(stored.repairs.filter((r) => r.kind === 'editor-typo')).toHaveLength(1)
  expect(stored.articles[0]?.body).toContain('〔改〕')
  expect(stored.articles[0]?.entities.find((e) => e.id === entity.id)).toMatchObject({ sourceStart: entity.sourceStart, sourceEnd: entity.sourceEnd, text: entity.text })

  // From the keyboard alone: T with no selection asks what to find.
  await page.evaluate(() => window.getSelection()?.removeAllRanges())
  await cards.nth(0).focus()
  await page.keyboard.press('t')
  const find = page.getByRole('form', { name: 'Fix a typo' })
  await find.getByLabel('Find in the body (first occurrence)').fill('不存在的字')
  await find.getByLabel('Replace it with').fill('x')
  await find.getByLabel('Replace it with').press('Enter')
  await expect(find.getByRole('alert')).toHaveText('“不存在的字” is not in this article’s body.')
  await find.getByLabel('Find in the body (first occurrence)').fill('学习宣传')
  await find.getByLabel('Replace it with').fill('宣传学习')
  await find.getByLabel('Replace it with').press('Enter')
  await waitSaved(page)
  expect(storedAnalysis(galley, id).repairs.filter((r) => r.kind === 'editor-typo')).toHaveLength(2)
  expect(storedAnalysis(galley, id).articles[0]?.body.indexOf('宣传学习')).toBe(stored.articles[0]!.body.indexOf('学习宣传'))
})

test('drag an article boundary in the source (one undoable step), move it by a line with ↑/↓, Esc cancels a drag', async ({ galley }) => {
  const { page } = galley
  const { id, original } = await startOnSavedSample(galley)
  const cards = page.getByTestId('article-list').getByRole('button')
  const [first, second] = [original.articles[0]!, original.articles[1]!]
  await cards.nth(0).click()
  const endHandle = page.locator(`[data-handle="${first.id}:end"]`)

  // ↓ on the end handle takes the next article's first line; ↑ gives it back.
  await endHandle.focus()
  await page.keyboard.press('ArrowDown')
  await waitSaved(page)
  let stored = storedAnalysis(galley, id)
  expect(stored.articles[0]?.sourceEnd).toBe(second.lines[0]!.sourceEnd)
  expect(stored.articles[1]?.sourceStart).toBeGreaterThan(second.sourceStart)
  await expect(endHandle).toBeFocused()
  await page.keyboard.press('ArrowUp')
  await waitSaved(page)
  expect(storedAnalysis(galley, id).articles[0]?.sourceEnd).toBe(first.sourceEnd)

  // Drag the end handle onto the second article's first body line: the end snaps to the end of
  // that source line; the drag is one history entry.
  const target = second.lines.find((l) => l.role === 'body')!
  const lineEnd = SAMPLE_TEXT.indexOf('\n', target.sourceStart)
  const point = await page.evaluate((at) => {
    const run = [...document.querySelectorAll<HTMLElement>('[data-testid="source-text"] [data-src]')].find((el) => Number(el.dataset.src) <= at && at < Number(el.dataset.src) + (el.textContent ?? '').length)!
    const range = document.createRange()
    range.setStart(run.firstChild!, at - Number(run.dataset.src))
    range.setEnd(run.firstChild!, at - Number(run.dataset.src) + 1)
    const rect = range.getBoundingClientRect()
    return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 }
  }, target.sourceStart + 1)
  const rows = page.getByTestId('history-panel').getByRole('listitem')
  const before = await rows.count()
  const box = (await endHandle.boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await page.mouse.down()
  await page.mouse.move(point.x, point.y, { steps: 4 })
  await page.mouse.up()
  await expect(rows).toHaveCount(before + 1)
  await expect(rows.last()).toHaveText('Move article boundary')
  await waitSaved(page)
  stored = storedAnalysis(galley, id)
  expect(stored.articles[0]?.sourceEnd).toBe(lineEnd)
  expect(stored.articles[1]?.sourceStart).toBeGreaterThanOrEqual(lineEnd)

  // A drag cancelled with Esc leaves the page and the history as they were.
  const box2 = (await endHandle.boundingBox())!
  await page.mouse.move(box2.x + box2.width / 2, box2.y + box2.height / 2)
  await page.mouse.down()
  await page.mouse.move(box2.x, box2.y - 80, { steps: 4 })
  await page.keyboard.press('Escape')
  await page.mouse.up()
  await expect(rows).toHaveCount(before + 1)
  await expect(page.locator(`[data-testid="source-text"] [data-article-id="${first.id}"]`)).toHaveAttribute('data-end', String(lineEnd))
})

test('a machine re-analysis is one undoable step, marked as the engine’s in the history', async ({ galley }) => {
  const { page } = galley
  await galley.start()
  const id = await saveSampleAsEdition(galley)
  const cards = page.getByTestId('article-list').getByRole('button')
  await cards.nth(0).click()
  await page.keyboard.press('2')
  await expect(cards.nth(0).getByTestId('article-kind')).toHaveText('Photo')

  await page.getByRole('button', { name: 'Re-analyse page' }).click()
  await expect(cards.nth(0).getByTestId('article-kind')).toHaveText('News')
  await expect(page.getByTestId('history-panel').getByRole('listitem')).toHaveText(['Kind: Photo', 'Re-analyse page · engine'])
  await waitSaved(page)
  expect(storedAnalysis(galley, id).articles[0]?.kind).toBe('news')

  await page.keyboard.press('Control+z')
  await expect(cards.nth(0).getByTestId('article-kind')).toHaveText('Photo')
  await waitSaved(page)
  expect(storedAnalysis(galley, id).articles[0]?.kind).toBe('photo')
})
