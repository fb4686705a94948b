import { build } from 'esbuild'
import { resolve } from 'node:path'

/** Where the bundled backend goes; beside out/main so resource lookups resolve the same way. */
export const BACKEND_BUNDLE = resolve(__dirname, '../../../out/e2e/backend.cjs')

/**
 * Playwright global setup: bundles main's real router, handlers, store, decoder and engine
 * (backend-entry.ts) into one CommonJS file for the renderer e2e fixture. jieba stays external
 * because it is a native addon, exactly as in the app's main bundle.
 */
export default async function buildBackend(): Promise<void> {
  await build({
    entryPoints: [resolve(__dirname, 'backend-entry.ts')],
    outfile: BACKEND_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['@node-rs/jieba', 'electron'],
    logLevel: 'warning',
    logOverride: { 'empty-import-meta': 'silent' }
  })
}
