/// <reference lib="dom" />
import { _electron as electron, expect, test } from '@playwright/test'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

// Runs the real app where an Electron binary exists. Here (no binary, no GitHub) it skips with
// one line saying why; REQUIRE_ELECTRON_E2E=1 (set on CI runners that have the binary) turns
// that skip into a failure so a broken download cannot pass silently.
const root = resolve(__dirname, '../../..')

test('the packaged window is sandboxed, isolated and opens the sample', async () => {
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
  const app = await electron.launch({
    executablePath: binary.path,
    args: [root, '--no-sandbox'],
    env: { ...process.env, GALLEY_DATA_DIR: dataDir }
  })
  try {
    const window = await app.firstWindow()
    await expect(window.getByTestId('article-list').getByRole('button').first()).toBeVisible()
    // No Node in the page (sandbox + context isolation), only the two-function bridge.
    expect(await window.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined')
    // Navigation away is denied: the page stays on our renderer.
    const url = window.url()
    await window.evaluate(() => { location.href = 'https://example.com/' })
    await expect.poll(() => window.url()).toBe(url)
    expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined')
    expect(await window.evaluate(() => Object.keys((window as unknown as { galley: object }).galley).sort())).toEqual(['on', 'request'])
  } finally {
    await app.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
})
