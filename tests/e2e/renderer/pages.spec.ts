import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from '../support/galley-fixture'
import { saveSampleAsEdition } from '../support/workbench-helpers'

// Several files dropped on an open edition become its pages, with progress and a result per
// file; page tabs switch between them and each page keeps its corrections.
const SECOND_PAGE = '新区建设提速\n本报讯 记者王小明\n昨天，常州市委书记在武进调研。他强调要加快建设。\n\n简讯两则\n武进区举行读书节活动。\n'

async function dropFiles(page: Page, files: readonly { name: string; bytes: number[] }[]): Promise<void> {
  await page.evaluate((list) => {
    const transfer = new DataTransfer()
    for (const file of list) transfer.items.add(new File([new Uint8Array(file.bytes)], file.name))
    for (const type of ['dragover', 'drop']) document.body.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }))
  }, files)
}

test('drop two files on an edition: one added, one refused with its reason; page tabs switch pages and each keeps its corrections; Ctrl+S stores both pages', async ({ galley }) => {
  const { page } = galley
  await galley.start()
  const id = await saveSampleAsEdition(galley)

  await dropFiles(page, [
    { name: 'page-2.txt', bytes: Array.from(Buffer.from(SECOND_PAGE, 'utf8')) },
    { name: 'scan.png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0] }
  ])
  const panel = page.getByTestId('import-panel')
  await expect(panel.getByRole('heading')).toHaveText('Adding pages: 2 of 2')
  await expect(panel.locator('progress')).toHaveAttribute('value', '2')
  await expect(panel.locator('li[data-status="added"]')).toContainText('page-2.txt: added')
  await expect(panel.locator('li[data-status="refused"]')).toContainText('scan.png: not added: This is not a text file')

  // The tabs: the sample is page 1; page 2 shows the dropped text.
  const tabs = page.getByTestId('page-tabs').getByRole('button')
  await expect(tabs).toHaveCount(2)
  // Each tab draws its page's article layout (one strip per article).
  await expect(tabs.nth(0).locator('.page-thumb > span')).toHaveCount(4)
  await page.locator('.status-bar').evaluate((element) => { (element as HTMLElement).style.visibility = 'hidden' })
  await page.screenshot({ path: resolve(__dirname, '../../../docs/screenshots/pages-import.png') })
  await tabs.nth(1).click()
  await expect(tabs.nth(1)).toHaveAttribute('aria-current', 'page')
  await expect(page.getByTestId('source-text')).toHaveText(SECOND_PAGE)
  const cards = page.getByTestId('article-list').getByRole('button')
  await cards.nth(0).click()
  await page.keyboard.press('3')
  await expect(cards.nth(0).getByTestId('article-kind')).toHaveText('Brief')

  // Back to page 1 and again to page 2: the correction is still there.
  await tabs.nth(0).click()
  await expect(page.getByTestId('source-text')).not.toHaveText(SECOND_PAGE)
  await tabs.nth(1).click()
  await expect(page.getByTestId('article-list').getByRole('button').nth(0).getByTestId('article-kind')).toHaveText('Brief')

  await page.keyboard.press('Control+s')
  await expect(page.getByRole('status')).toContainText('Saved “武进日报”, 2024-07-25.')
  await expect.poll(() => galley.readEditionFile(id).edition.pages.length).toBe(2)
  const stored = galley.readEditionFile(id).edition
  expect(stored.pages[1]?.fileName).toBe('page-2.txt')
  expect(stored.pages[1]?.analysis.articles[0]?.kind).toBe('brief')
})

test('File ▸ Open with several files on an edition: each added or refused, with the same progress and results as a drop', async ({ galley }) => {
  const { page } = galley
  await galley.start()
  await saveSampleAsEdition(galley)
  const dir = mkdtempSync(join(tmpdir(), 'galley-open-many-'))
  writeFileSync(join(dir, 'page-2.txt'), SECOND_PAGE)
  writeFileSync(join(dir, 'page-3.txt'), '\uFEFF' + SECOND_PAGE.replace('新区建设提速', '第三版要闻'))

  galley.answerNextDialog([join(dir, 'page-2.txt'), join(dir, 'gone.txt'), join(dir, 'page-3.txt')])
  await page.getByRole('button', { name: 'Open file…' }).click()
  const panel = page.getByTestId('import-panel')
  await expect(panel.getByRole('heading')).toHaveText('Adding pages: 3 of 3')
  await expect(panel.locator('li[data-status="added"]')).toHaveText([/^page-2\.txt: added/, /^page-3\.txt: added/])
  await expect(panel.locator('li[data-status="refused"]')).toContainText('gone.txt: not added:')
  const tabs = page.getByTestId('page-tabs').getByRole('button')
  await expect(tabs).toHaveCount(3)
  await tabs.nth(2).click()
  await expect(page.getByTestId('source-text')).toContainText('第三版要闻')
  rmSync(dir, { recursive: true, force: true })
})
