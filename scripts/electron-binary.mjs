// Finds the Electron executable WITHOUT require('electron'): requiring it in plain Node starts a
// download from GitHub, which hangs or fails on machines without that network. Used by
// scripts/start.mjs and the Electron e2e spec.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)

const DEFAULT_EXECUTABLE = {
  darwin: 'Electron.app/Contents/MacOS/Electron',
  win32: 'electron.exe'
}

/**
 * Where the Electron binary is, or why it is not there.
 * @returns {{ found: true, path: string } | { found: false, reason: string }}
 */
export function findElectronBinary(env = process.env) {
  let packageDir
  try {
    packageDir = dirname(require.resolve('electron/package.json'))
  } catch {
    return { found: false, reason: 'the electron package is not installed (run npm install)' }
  }
  const pathFile = join(packageDir, 'path.txt')
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : (DEFAULT_EXECUTABLE[process.platform] ?? 'electron')
  const distDir = env.ELECTRON_OVERRIDE_DIST_PATH || join(packageDir, 'dist')
  const candidate = join(distDir, executable)
  if (existsSync(candidate)) return { found: true, path: candidate }
  return {
    found: false,
    reason: `no Electron binary at ${candidate} (it downloads from GitHub on first start where the network allows; ELECTRON_OVERRIDE_DIST_PATH may point at an unpacked Electron)`
  }
}

/** The installer that downloads the binary (electron 41+ has no postinstall). */
export function electronInstallScript() {
  return join(dirname(require.resolve('electron/package.json')), 'install.js')
}
