import { defineConfig } from '@playwright/test'

// Two layers (docs/testing.md): `renderer` drives Debian's Chromium over the BUILT renderer with
// the real router and storage behind it; `electron` drives the real app where a binary exists.
// Both need `npm run build` first (npm test runs it).
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run'
]

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  // Bundles main's router, store and engine for the renderer harness (tests/e2e/support).
  globalSetup: './tests/e2e/support/build-backend.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  // A ceiling, not a speed check: the machine is shared, and the engine loads jieba and its model
  // once per worker.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  projects: [
    {
      name: 'renderer',
      testDir: 'tests/e2e/renderer',
      use: {
        browserName: 'chromium',
        headless: true,
        viewport: { width: 1280, height: 800 },
        locale: 'en-US',
        launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS }
      }
    },
    { name: 'electron', testDir: 'tests/e2e/electron' }
  ]
})
