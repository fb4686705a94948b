import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '../support/galley-fixture'
import { saveSampleAsEdition } from '../support/workbench-helpers'

test('a damaged edition file is reported with its last good revision, and restoring it opens the edition again', async ({ galley }) => {
  const { page } = galley
  await galley.start()
  const id = await saveSampleAsEdition(galley)
  // A second full save keeps the first as a revision.
  await page.keyboard.press('Control+s')
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-status', 'saved')
  await expect.poll(() => galley.dataFiles().filter((f) => f.includes('.history')).length).toBeGreaterThan(0)

  // Something outside Galley truncates the file while the app is closed.
  await galley.restart()
  const file = join(galley.dataDir, 'editions', `${id}.json`)
  writeFileSync(file, '{"schemaVersion": 2, "edition": {"id": "trunc')

  await page.getByRole('button', { name: 'Editions' }).click()
  await page.getByRole('listitem').filter({ hasText: '武进日报' }).getByRole('button', { name: 'Open' }).click()
  const banner = page.getByRole('alert').filter({ hasText: 'Some editions could not be opened' })
  await expect(banner).toBeVisible()
  await expect(banner).toContainText(`editions/${id}.json`)
  expect(galley.dataFiles().some((f) => f.startsWith('quarantine'))).toBe(true)

  await banner.getByRole('button', { name: 'Restore its last good revision' }).click()
  await expect(banner).toBeHidden()
  await expect(page.getByTestId('article-list').getByRole('button').first()).toBeVisible()
  // The edition file on disk is whole again.
  expect(galley.readEditionFile(id).edition.id).toBe(id)
})
