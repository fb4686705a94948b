#!/usr/bin/env node
// `npm start`: build the app, then open it in Electron on the bundled sample page. The Electron
// binary is downloaded on first start where the network allows it; where it cannot be had,
// say so plainly and exit non-zero instead of failing deep inside electron's loader.
import { spawnSync } from 'node:child_process'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { electronInstallScript, findElectronBinary } from './electron-binary.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options })
  return result.status ?? 1
}

console.log('galley: building (electron-vite build)…')
const buildStatus = run(process.execPath, [resolve(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'])
if (buildStatus !== 0) {
  console.error('galley: the build failed; see the errors above.')
  process.exit(buildStatus)
}

let electron = findElectronBinary()
if (!electron.found) {
  console.log('galley: the Electron binary is not installed yet; downloading it (first start only)…')
  const download = spawnSync(process.execPath, [electronInstallScript()], { cwd: root, encoding: 'utf8' })
  electron = findElectronBinary()
  if (!electron.found) {
    const why = (download.stderr || download.stdout || '').trim().split('\n')[0] ?? ''
    console.error(
      [
        'galley: cannot start: the Electron binary could not be found here.',
        `  ${electron.reason}.`,
        `  The download did not succeed${why ? ` (${why})` : ''}.`,
        '  The Electron binary downloads on first start where the network allows it (from GitHub).',
        '  The build in out/ is ready; `npm test` runs every test this machine can run without Electron.'
      ].join('\n')
    )
    process.exit(1)
  }
}

console.log(`galley: starting ${electron.path} on the bundled sample page`)
process.exit(run(electron.path, ['.', '--sample'], { env: { ...process.env, ELECTRON_RUN_AS_NODE: undefined } }))
