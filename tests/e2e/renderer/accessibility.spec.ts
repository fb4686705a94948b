import { resolve } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from '../support/galley-fixture'

const seriousViolations = async (page: Page): Promise<string[]> => {
  const { violations } = await new AxeBuilder({ page }).analyze()
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

test('the workbench, the save form and the edition list have no serious or critical axe violations', async ({ galley }) => {
  const { page } = galley
  await galley.start()
  await page.getByTestId('article-list').getByRole('button').nth(1).click()
  expect(await seriousViolations(page)).toEqual([])
  await page.getByRole('button', { name: 'Save as edition…' }).click()
  expect(await seriousViolations(page)).toEqual([])
  await page.getByRole('button', { name: 'Editions' }).click()
  await expect(page.getByRole('heading', { name: 'Editions' })).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
})

test('the review workbench with its panels, the fields form, the shortcuts list and the Chinese UI have no serious or critical axe violations (and are the docs screenshots)', async ({ galley }) => {
  const { page } = galley
  const shot = (name: string) => resolve(__dirname, `../../../docs/screenshots/${name}.png`)
  await galley.start()
  const cards = page.getByTestId('article-list').getByRole('button')
  await cards.nth(1).click()
  // A correction in the history and a tagged name selected, so every part of the view is drawn.
  await page.keyboard.press('r')
  await page.locator('[data-body-of] mark').first().click()
  await page.locator('.status-bar').evaluate((element) => { (element as HTMLElement).style.visibility = 'hidden' })
  expect(await seriousViolations(page)).toEqual([])
  await page.screenshot({ path: shot('review-workbench') })

  await page.keyboard.press('e')
  await expect(page.getByRole('form', { name: 'Headline and byline' })).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
  await page.keyboard.press('Escape')

  await page.keyboard.press('?')
  await expect(page.getByTestId('shortcuts-dialog')).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
  await page.screenshot({ path: shot('shortcuts') })
  await page.keyboard.press('Escape')

  await page.getByLabel('Language').selectOption('zh-CN')
  await expect(page.getByRole('heading', { name: '操作历史' })).toBeVisible()
  expect(await seriousViolations(page)).toEqual([])
  await page.screenshot({ path: shot('review-workbench-zh') })
})
