import { hostname, uptime } from 'node:os'
import { link, readFile, rename, unlink } from 'node:fs/promises'
import { type FsOps, nodeFsOps } from './fs-ops'
import { errnoCode, StoreError } from './store-error'

/** Who holds a data folder, as written into galley.lock. */
export interface LockOwner {
  readonly pid: number
  readonly host: string
  readonly owner: 'app' | 'cli'
  readonly since: string
}

/** A held lock; release() removes it if it is still ours. */
export interface DataLock {
  readonly owner: LockOwner
  release(): Promise<void>
}

/**
 * Takes the data-folder lock: galley.lock created with O_EXCL and holding the owner's pid and
 * host. A lock whose process is gone (same host, pid not alive) is stale and is broken at once,
 * so a crash never leaves the folder locked (proper-lockfile's mtime staleness would, for
 * seconds). With `wait`, polls until the holder lets go; otherwise throws STORE_LOCKED.
 */
export async function acquireDataLock(
  lockPath: string,
  owner: 'app' | 'cli',
  options: { wait?: boolean; pollMs?: number; onWait?: (holder: LockOwner | null) => void; fs?: FsOps } = {}
): Promise<DataLock> {
  const me: LockOwner = { pid: process.pid, host: hostname(), owner, since: new Date().toISOString() }
  let told = false
  for (;;) {
    if (await tryCreate(options.fs ?? nodeFsOps, lockPath, me)) return { owner: me, release: () => releaseLock(lockPath, me) }
    const holder = await readOwner(lockPath)
    if (holder && isStale(holder)) {
      await breakStaleLock(lockPath, holder)
      continue
    }
    if (holder === null && !(await exists(lockPath))) continue
    if (!options.wait) throw lockedError(lockPath, holder)
    if (!told) {
      options.onWait?.(holder)
      told = true
    }
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 200))
  }
}

async function tryCreate(fs: FsOps, lockPath: string, me: LockOwner): Promise<boolean> {
  let handle
  try {
    handle = await fs.open(lockPath, 'wx')
  } catch (error) {
    if (errnoCode(error) === 'EEXIST') return false
    throw error
  }
  try {
    await handle.writeFile(JSON.stringify(me))
    await handle.sync()
  } catch (error) {
    // An empty lock would look held by no one; remove it and report the failure (disk full…).
    await handle.close()
    await fs.unlink(lockPath).catch(() => undefined)
    throw error
  }
  await handle.close()
  return true
}

async function readOwner(lockPath: string): Promise<LockOwner | null> {
  try {
    const value = JSON.parse(await readFile(lockPath, 'utf8')) as Partial<LockOwner>
    if (typeof value.pid === 'number' && typeof value.host === 'string') return value as LockOwner
    return null
  } catch {
    // Missing, or a holder killed between creating and filling the file: treated as unknown.
    return null
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await readFile(path)
    return true
  } catch {
    return false
  }
}

function isStale(holder: LockOwner): boolean {
  if (holder.host !== hostname()) return false
  if (holder.pid === process.pid) return false
  // Taken before this machine booted: its pid may since belong to an unrelated process.
  const bootedAt = Date.now() - uptime() * 1000
  if (Date.parse(holder.since) < bootedAt - 60_000) return true
  try {
    process.kill(holder.pid, 0)
    return false
  } catch (error) {
    return errnoCode(error) === 'ESRCH'
  }
}

// Break by renaming (only one contender can win the rename), then check that what was moved is
// the stale lock we looked at; if a live process had just taken the lock, put it back.
async function breakStaleLock(lockPath: string, stale: LockOwner): Promise<void> {
  const aside = `${lockPath}.stale-${process.pid}-${Date.now()}`
  try {
    await rename(lockPath, aside)
  } catch {
    return
  }
  const moved = await readOwner(aside)
  if (moved && (moved.pid !== stale.pid || moved.since !== stale.since)) {
    await link(aside, lockPath).catch(() => undefined)
  }
  await unlink(aside).catch(() => undefined)
}

async function releaseLock(lockPath: string, me: LockOwner): Promise<void> {
  const holder = await readOwner(lockPath)
  if (holder && holder.pid === me.pid && holder.since === me.since) await unlink(lockPath).catch(() => undefined)
}

function lockedError(lockPath: string, holder: LockOwner | null): StoreError {
  const who = holder
    ? `${holder.owner === 'app' ? 'the Galley app' : 'a galley command'} (process ${holder.pid} on ${holder.host}, since ${holder.since})`
    : 'another Galley process'
  return new StoreError(
    'STORE_LOCKED',
    `The data folder is in use by ${who}. Close it and try again, or run the command with --wait to wait for it. (Lock file: ${lockPath})`
  )
}
