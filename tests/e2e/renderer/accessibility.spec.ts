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
