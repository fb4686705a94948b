import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { SAMPLE_TEXT, expect, test } from '../support/galley-fixture'

const SCREENSHOT = resolve(__dirname, '../../../docs/screenshots/workbench.png')

test('first start opens the sample beside its articles; selecting one highlights its source; the saved edition reopens from disk after a restart', async ({ galley }) => {
  const { page } = galley
  await galley.start()

  const cards = page.getByTestId('article-list').getByRole('button')
  await expect(cards.first()).toBeVisible()
  const count = await cards.count()
  expect(count).toBeGreaterThan(1)
  expect(await page.getByTestId('source-text').textContent()).toBe(SAMPLE_TEXT)

  // The last article sits far down the page: selecting it must highlight and scroll to it.
  const last = cards.nth(count - 1)
  await last.click()
  const articleId = await last.getAttribute('data-article-id')
  const highlighted = page.locator('[data-selected="true"]')
  await expect(highlighted).toHaveCount(1)
  await expect(highlighted).toHaveAttribute('data-article-id', articleId ?? '')
  const start = Number(await highlighted.getAttribute('data-start'))
  const end = Number(await highlighted.getAttribute('data-end'))
  expect(end).toBeGreaterThan(start)
  expect(await highlighted.textContent()).toBe(SAMPLE_TEXT.slice(start, end))
  await expect(highlighted).toBeInViewport()
  await expect(last).toHaveAttribute('aria-current', 'true')

  // ↓/↑ move the selection from the keyboard.
  await cards.nth(count - 2).focus()
  await page.keyboard.press('ArrowUp')
  await expect(cards.nth(count - 3)).toHaveAttribute('aria-current', 'true')
  await expect(page.locator('[data-selected="true"]')).toBeInViewport()
  // The status bar shows the random temp data folder; hidden (through CSSOM, which the CSP
  // allows, unlike an injected <style>) so the README image is the same on every run.
  await page.locator('.status-bar').evaluate((element) => { (element as HTMLElement).style.visibility = 'hidden' })
  await page.screenshot({ path: SCREENSHOT })

  await page.getByRole('button', { name: 'Save as edition…' }).click()
  const form = page.getByRole('form', { name: 'Save as edition' })
  await form.getByLabel('Newspaper').fill('武进日报')
  await form.getByLabel('Date').fill('2024-07-25')
  await form.getByRole('button', { name: 'Save edition' }).click()
  await expect(page.getByRole('status')).toContainText('Saved the edition “武进日报”, 2024-07-25.')

  // The JSON file on disk holds the edition, its page text and every article.
  const editionFiles = (): string[] => galley.dataFiles().filter((file) => /^editions[/\\][^/\\]+\.json$/.test(file))
  await expect.poll(editionFiles).toHaveLength(1)
  const editionId = editionFiles()[0]?.replace(/^editions[/\\]/, '').replace(/\.json$/, '') ?? ''
  const stored = galley.readEditionFile(editionId).edition
  expect(stored).toMatchObject({ newspaper: '武进日报', date: '2024-07-25' })
  expect(stored.pages).toHaveLength(1)
  expect(stored.pages[0]?.sourceText).toBe(SAMPLE_TEXT)
  expect(stored.pages[0]?.analysis.articles).toHaveLength(count)

  // Quit and start again: no sample this time, the edition list instead; reopen from it.
  await galley.restart()
  const row = page.locator(`[data-edition-id="${editionId}"]`)
  await expect(row).toContainText('武进日报')
  await expect(row).toContainText('2024-07-25')
  await row.getByRole('button', { name: 'Open' }).click()
  await expect(cards).toHaveCount(count)
  expect(await page.getByTestId('source-text').textContent()).toBe(SAMPLE_TEXT)
  // Saving the reopened edition writes the same edition file again (no second edition).
  await page.getByRole('button', { name: 'Save edition' }).click()
  await expect(page.getByRole('status')).toContainText('Saved “武进日报”, 2024-07-25.')
  await expect.poll(() => galley.readEditionFile(editionId).edition.updatedAt).not.toBe(stored.updatedAt)
  expect(editionFiles()).toHaveLength(1)
})

test('a dropped binary, empty or oversize file gets a clear message, keeps the open page and writes nothing', async ({ galley }) => {
  const { page } = galley
  await galley.start()
  await expect(page.getByTestId('article-list')).toBeVisible()
  const before = galley.dataFiles()

  await galley.dropFile('scan.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0]))
  const alert = page.getByRole('alert')
  await expect(alert).toHaveAttribute('data-code', 'FILE_BINARY')
  await expect(alert).toContainText('scan.png: This is not a text file')

  await galley.dropFile('blank.txt', new Uint8Array())
  await expect(alert).toHaveAttribute('data-code', 'FILE_EMPTY')
  await expect(alert).toContainText('blank.txt: The file is empty')

  // Over 20 MB is refused before the bytes are even read.
  // (A new notice makes the damaged-editions banner re-check store.problems: not a page request.)
  const pageRequests = (): string[] => galley.requests.filter((route) => route !== 'store.problems')
  const requests = pageRequests().length
  await page.evaluate(() => {
    const transfer = new DataTransfer()
    transfer.items.add(new File([new Uint8Array(21 * 1024 * 1024)], 'huge.txt'))
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }))
  })
  await expect(alert).toHaveAttribute('data-code', 'FILE_TOO_LARGE')
  await expect(alert).toContainText('“huge.txt” is 21.0 MB; Galley opens page files up to 20 MB.')
  expect(pageRequests().length).toBe(requests)

  expect(await page.getByTestId('source-text').textContent()).toBe(SAMPLE_TEXT)
  expect(galley.dataFiles()).toEqual(before)
  expect(galley.dataFiles().some((file) => file.startsWith('editions'))).toBe(false)
})

test('File ▸ Open decodes the chosen file (BOM removed); a missing file is named; Cancel changes nothing; the other File items work', async ({ galley }) => {
  const { page } = galley
  await galley.start()
  await expect(page.getByTestId('article-list')).toBeVisible()

  const dir = mkdtempSync(join(tmpdir(), 'galley-open-'))
  const text = '本报讯 新闻标题\r\n\r\n正文第一段。\r\n'
  const file = join(dir, 'bom-page.txt')
  writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]))
  galley.answerNextDialog(file)
  await galley.menu('open-file')
  await expect(page.getByRole('status')).toContainText('Opened bom-page.txt')
  expect(await page.getByTestId('source-text').textContent()).toBe(text)

  galley.answerNextDialog(join(dir, 'gone.txt'))
  await galley.menu('open-file')
  await expect(page.getByRole('alert')).toHaveAttribute('data-code', 'FILE_NOT_FOUND')
  await expect(page.getByRole('alert')).toContainText('gone.txt')

  const requestsBefore = galley.requests.length
  galley.answerNextDialog(null)
  await galley.menu('open-file')
  await expect.poll(() => galley.requests.length).toBe(requestsBefore + 1)
  expect(await page.getByTestId('source-text').textContent()).toBe(text)

  // The other File menu items reach the same workflows as the toolbar.
  await galley.menu('save-edition')
  await expect(page.getByRole('form', { name: 'Save as edition' })).toBeVisible()
  await galley.menu('show-editions')
  await expect(page.getByRole('heading', { name: 'Editions' })).toBeVisible()
  await galley.menu('open-sample')
  await expect(page.getByRole('status')).toContainText('Opened wujin-2024-sample.txt')
})

test('the interface switches to Chinese and remembers it', async ({ galley }) => {
  const { page } = galley
  await galley.start()
  await page.getByLabel('Language').selectOption('zh-CN')
  await expect(page.getByRole('button', { name: '打开文件…' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  await page.reload()
  await expect(page.getByRole('button', { name: '打开示例' })).toBeVisible()
})
