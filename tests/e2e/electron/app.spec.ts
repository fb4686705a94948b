/// <reference lib="dom" />
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

// Runs the real app where an Electron binary exists. Here (no binary, no GitHub) it skips with
// one line saying why; REQUIRE_ELECTRON_E2E=1 (set on CI runners that have the binary) turns
// that skip into a failure so a broken download cannot pass silently.
const root = resolve(__dirname, '../../..')

test('the real app: sandboxed page with only the bridge, navigation denied, sample opened, edition saved and reopened after a restart', async () => {
  // Loaded dynamically: the detector is an ES module shared with scripts/start.mjs.
  const { findElectronBinary } = await import('../../../scripts/electron-binary.mjs')
  const binary = findElectronBinary()
  if (!binary.found) {
    if (process.env.REQUIRE_ELECTRON_E2E === '1') throw new Error(`REQUIRE_ELECTRON_E2E=1 but ${binary.reason}`)
    console.log(`Electron e2e skipped: ${binary.reason}. Set REQUIRE_ELECTRON_E2E=1 to make this a failure.`)
    test.skip(true, `Electron e2e skipped: ${binary.reason}`)
    return
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'galley-electron-'))
  // --no-sandbox: CI runners lack the setuid sandbox helper; the renderer's own sandbox
  // (webPreferences.sandbox, no Node in the page) is what the assertions below check.
  const launch = (): Promise<ElectronApplication> =>
    electron.launch({ executablePath: binary.path, args: [root, '--no-sandbox'], env: { ...process.env, GALLEY_DATA_DIR: dataDir, LANG: 'en_US.UTF-8' } })
  let app = await launch()
  try {
    const page = await app.firstWindow()
    const cards = page.getByTestId('article-list').getByRole('button')
    await expect(cards.first()).toBeVisible()
    const count = await cards.count()

    expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined')
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined')
    expect(await page.evaluate(() => Object.keys((globalThis as unknown as { galley: object }).galley).sort())).toEqual(['on', 'request'])
    const url = page.url()
    await page.evaluate(() => { location.href = 'https://example.com/' })
    await expect.poll(() => page.url()).toBe(url)

    await page.getByRole('button', { name: 'Save as edition…' }).click()
    const form = page.getByRole('form', { name: 'Save as edition' })
    await form.getByLabel('Newspaper').fill('武进日报')
    await form.getByLabel('Date').fill('2024-07-25')
    await form.getByRole('button', { name: 'Save edition' }).click()
    await expect(page.getByRole('status')).toContainText('武进日报')
    await app.close()
    expect(readdirSync(join(dataDir, 'editions')).filter((name) => name.endsWith('.json'))).toHaveLength(1)

    app = await launch()
    const again = await app.firstWindow()
    await again.getByRole('button', { name: 'Open' }).click()
    await expect(again.getByTestId('article-list').getByRole('button')).toHaveCount(count)
  } finally {
    await app.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
})
