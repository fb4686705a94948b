#!/usr/bin/env node
// Runs the Galley CLI from its TypeScript sources (tsx), so `npm run galley` needs no build step.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
const tsxCli = require.resolve('tsx/cli')
const result = spawnSync(process.execPath, [tsxCli, resolve(root, 'src/cli/index.ts'), ...process.argv.slice(2)], {
  stdio: 'inherit'
})
process.exit(result.status ?? 1)
