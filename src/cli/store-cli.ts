import { homedir } from 'node:os'
import { join } from 'node:path'
import { openEditionStore, resolveDataDir } from '../main/storage'
import type { EditionStore } from '../main/storage/edition-store'
import { isStoreError } from '../main/storage/store-error'

/** Options every store command of the CLI accepts. */
export interface StoreCliOptions {
  readonly dataDir: string | null
  readonly wait: boolean
  readonly json: boolean
  /** Arguments that are not store options, in order. */
  readonly rest: string[]
  /** Other `--name value` options the command declared. */
  readonly values: Map<string, string>
}

/** Splits argv into the common store options, the declared `--name value` options and the rest. */
export function parseStoreCliArgs(args: readonly string[], valueOptions: readonly string[] = []): StoreCliOptions {
  let dataDir: string | null = null
  let wait = false
  let json = false
  const rest: string[] = []
  const values = new Map<string, string>()
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined]
    if (name === '--wait') wait = true
    else if (name === '--json') json = true
    else if (name === '--data-dir' || valueOptions.includes(name)) {
      const value = inline ?? args[++i]
      if (value === undefined || value.startsWith('--')) throw new CliUsageError(`${name} needs a value.`)
      if (name === '--data-dir') dataDir = value
      else values.set(name, value)
    } else if (name.startsWith('--')) throw new CliUsageError(`unknown option ${name}.`)
    else rest.push(arg)
  }
  return { dataDir, wait, json, rest, values }
}

/** A mistake in how a command was called (exit status 2). */
export class CliUsageError extends Error {
  override readonly name = 'CliUsageError'
}

/**
 * Electron's userData folder for Galley on this platform (app.getPath('userData')), so the CLI
 * finds the same data as the app without loading Electron.
 */
export function defaultUserDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home: string = homedir()): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Galley')
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Galley')
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Galley')
}

/** Opens the store for a CLI command: --data-dir, else GALLEY_DATA_DIR, else the app's folder. */
export async function openStoreForCli(options: StoreCliOptions, err: (text: string) => void): Promise<EditionStore> {
  const dataDir = options.dataDir ?? resolveDataDir(process.env, defaultUserDataDir())
  return openEditionStore(dataDir, {
    owner: 'cli',
    wait: options.wait,
    onWait: (holder) => err(`galley: waiting for ${holder ? `${holder.owner === 'app' ? 'the Galley app' : 'another galley command'} (process ${holder.pid})` : 'another process'} to release ${dataDir}…\n`)
  })
}

/** Exit status for an error: 2 usage, 3 locked (scripts can retry), 1 anything else. */
export function reportCliError(command: string, error: unknown, err: (text: string) => void): number {
  if (error instanceof CliUsageError) {
    err(`galley ${command}: ${error.message} Run \`galley ${command} --help\`.\n`)
    return 2
  }
  if (isStoreError(error)) {
    err(`galley ${command}: ${error.message}\n`)
    return error.code === 'STORE_LOCKED' ? 3 : 1
  }
  throw error
}

