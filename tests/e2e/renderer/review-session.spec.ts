import { expect, test } from '../support/galley-fixture'
import { startOnSavedSample, storedAnalysis, waitSaved } from '../support/workbench-helpers'

// A review session from the keyboard: fields, review state, reorder, delete and restore; the
// autosaved corrections survive quitting without saving; Ctrl+S writes the edition file itself.

test('edit the headline, approve, reorder, delete and restore; autosaved edits survive a restart; Ctrl+S writes the edition file', async ({ galley }) => {
  const { page } = galley
  const { id, original } = await startOnSavedSample(galley)
  const cards = page.getByTestId('article-list').getByRole('button')
  const first = original.articles[0]!

  await cards.nth(0).click()
  await page.keyboard.press('e')
  const form = page.getByRole('form', { name: 'Headline and byline' })
  await form.getByLabel('Headline', { exact: true }).fill('区委学习会召开（改）')
  await form.getByLabel('Reporters (separated by commas)').fill('张三、李四')
  await form.getByRole('button', { name: 'Apply' }).click()
  await expect(cards.nth(0).locator('.article-headline')).toHaveText('区委学习会召开（改）')
  await expect(page.locator(`[data-card-id="${first.id}"] .article-byline`)).toContainText('张三、李四')

  // R twice: auto → reviewed → approved.
  await cards.nth(0).focus()
  await page.keyboard.press('r')
  await expect(cards.nth(0).getByTestId('review-badge')).toHaveText('Reviewed')
  await page.keyboard.press('r')
  await expect(cards.nth(0).getByTestId('review-badge')).toHaveText('Approved')

  // Alt+↓ moves it down the reading order (its number in the source margin follows).
  await page.keyboard.press('Alt+ArrowDown')
  await expect(cards.nth(1)).toHaveAttribute('data-article-id', first.id)
  await expect(page.locator(`[data-testid="source-text"] [data-article-id="${first.id}"]`)).toHaveAttribute('data-order', '2')

  // Delete goes to the trash; Restore brings it back.
  await page.keyboard.press('Delete')
  await expect(cards).toHaveCount(original.articles.length - 1)
  await page.getByTestId('trash-list').getByRole('button', { name: 'Restore' }).click()
  await expect(cards).toHaveCount(original.articles.length)
  await waitSaved(page)
  const journalled = storedAnalysis(galley, id).articles.find((a) => a.id === first.id)
  expect(journalled).toMatchObject({ headline: '区委学习会召开（改）', reporters: ['张三', '李四'], review: 'approved' })

  // Quit without saving: the journal brings every correction back.
  await galley.restart()
  // The edition list shows the journalled review progress; search narrows it.
  await expect(page.locator(`[data-edition-id="${id}"]`).getByTestId('review-progress')).toHaveAttribute('aria-label', `1 of ${original.articles.length} approved, 0 reviewed`)
  await page.getByLabel('Search editions').fill('人民日报')
  await expect(page.getByText('No edition matches “人民日报”.')).toBeVisible()
  await page.getByLabel('Search editions').fill('2024-07')
  await page.locator(`[data-edition-id="${id}"]`).getByRole('button', { name: 'Open' }).click()
  const reopened = page.locator(`[data-card-id="${first.id}"]`)
  await expect(reopened.locator('.article-headline')).toHaveText('区委学习会召开（改）')
  await expect(reopened.getByTestId('review-badge')).toHaveText('Approved')
  await expect(page.getByTestId('history-panel')).toContainText('No corrections yet.')

  // Ctrl+S folds everything into the edition file itself.
  await page.keyboard.press('Control+s')
  await expect(page.getByRole('status')).toContainText('Saved “武进日报”, 2024-07-25.')
  await expect.poll(() => galley.readEditionFile(id).edition.pages[0]?.analysis.articles.find((a) => a.id === first.id)?.review).toBe('approved')
  expect(galley.readEditionFile(id).edition.pages[0]?.analysis.articles.find((a) => a.id === first.id)?.headline).toBe('区委学习会召开（改）')
})

test('? lists every shortcut and Esc closes it; selecting a tagged name in a card selects and scrolls to it in the source; switching to Chinese keeps the corrections', async ({ galley }) => {
  const { page } = galley
  await galley.start()
  const cards = page.getByTestId('article-list').getByRole('button')
  await cards.nth(2).click()
  await page.keyboard.press('?')
  const dialog = page.getByTestId('shortcuts-dialog')
  await expect(dialog).toBeVisible()
  // One row per action of SHORTCUT_LIST (src/renderer/src/features/shortcuts/shortcut-keys.ts).
  await expect(dialog.getByRole('row')).toHaveCount(22)
  await expect(dialog).toContainText('Ctrl+Shift+Z')
  await expect(dialog).toContainText('Shift+Alt+→')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  // Focus came back to where it was, visibly.
  await expect(cards.nth(2)).toBeFocused()

  const mark = page.locator(`[data-card-id="${await cards.nth(2).getAttribute('data-article-id')}"] [data-body-of] mark`).first()
  const entityId = await mark.getAttribute('data-entity-id')
  await mark.click()
  const inSource = page.locator(`[data-testid="source-text"] [data-entity-id="${entityId}"]`).first()
  await expect(inSource).toHaveClass(/selected-entity/)
  await expect(inSource).toBeInViewport()
  // Unsaved page: the indicator says what to do.
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-status', 'no-edition')

  // A correction made before switching language survives it (the page is not reopened).
  await page.keyboard.press('r')
  await page.getByLabel('Language').selectOption('zh-CN')
  await expect(page.getByRole('heading', { name: '操作历史' })).toBeVisible()
  await expect(cards.nth(2).getByTestId('review-badge')).toHaveText('已审')
  await expect(page.getByTestId('history-panel').getByRole('listitem')).toHaveText(['审校：已审'])
  await expect(page.getByTestId('correction-panel')).toContainText('在光标处拆分')
  await expect(page.getByTestId('save-indicator')).toContainText('另存为版次')
})

test('the source and article panes resize from the keyboard (and are remembered); the overview charts entities per type and follows a correction', async ({ galley }) => {
  const { page } = galley
  await galley.start()
  const splitter = page.getByTestId('pane-splitter')
  const source = page.getByRole('region', { name: /Source text of/ })
  const before = (await source.boundingBox())!.width
  await splitter.focus()
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight')
  await expect.poll(async () => (await source.boundingBox())!.width).toBeGreaterThan(before + 40)
  const widened = await splitter.getAttribute('aria-valuenow')
  await page.reload()
  await expect(page.getByTestId('pane-splitter')).toHaveAttribute('aria-valuenow', widened ?? '')

  // The chart's counts are the page's entities per type (every entity is drawn in the source).
  const counts = await page.locator('[data-testid="source-text"] [data-entity-id]').evaluateAll((marks) => {
    const seen = new Map<string, string>()
    for (const m of marks) seen.set((m as HTMLElement).dataset.entityId ?? '', (m as HTMLElement).className.match(/ent-(\w+)/)?.[1] ?? '')
    const byType: Record<string, number> = {}
    for (const type of seen.values()) byType[type] = (byType[type] ?? 0) + 1
    return byType
  })
  for (const [type, count] of Object.entries(counts)) {
    await expect(page.getByTestId('entity-chart').locator(`[data-type="${type}"]`)).toContainText(String(count))
  }
  // Approving an article moves the overview's review bar.
  await page.getByTestId('article-list').getByRole('button').first().click()
  await page.keyboard.press('r')
  await page.keyboard.press('r')
  await expect(page.getByTestId('overview').getByTestId('review-progress')).toHaveAttribute('aria-label', /^1 of \d+ approved/)
})
