import { randomBytes } from 'node:crypto'
import { basename, dirname, join } from 'node:path'
import { errnoCode } from './store-error'
import type { FsOps } from './fs-ops'

/** What the write left on disk, for the catalog's staleness check. */
export interface WrittenFile {
  readonly size: number
  readonly mtimeMs: number
}

/**
 * Writes `bytes` to `path` so that a crash at any moment leaves either the old file or the new
 * one, never a mix: write a temp file beside it (or in `tempDir`, same file system), fsync it,
 * run `beforeCommit` (the revision link), rename over the target, fsync the folder so the rename
 * itself is durable.
 */
export async function writeFileAtomic(
  fs: FsOps,
  path: string,
  bytes: Uint8Array,
  beforeCommit?: () => Promise<void>,
  tempDir?: string
): Promise<WrittenFile> {
  const dir = dirname(path)
  const temp = join(tempDir ?? dir, tempFileName(basename(path)))
  let written: WrittenFile
  try {
    if (tempDir) await fs.mkdir(tempDir, { recursive: true })
    const handle = await fs.open(temp, 'wx')
    try {
      await handle.writeFile(bytes)
      await handle.sync()
      const stat = await handle.stat()
      written = { size: stat.size, mtimeMs: stat.mtimeMs }
    } finally {
      await handle.close()
    }
    if (beforeCommit) await beforeCommit()
    await renameWithRetry(fs, temp, path)
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined)
    throw error
  }
  await syncDirectory(fs, dir)
  return written
}

// On Windows a virus scanner or indexer briefly holding the target makes rename fail with
// EPERM/EACCES/EBUSY; like graceful-fs, retry for a moment before reporting a failed save.
async function renameWithRetry(fs: FsOps, from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await fs.rename(from, to)
      return
    } catch (error) {
      const code = errnoCode(error)
      const transient = process.platform === 'win32' && (code === 'EPERM' || code === 'EACCES' || code === 'EBUSY')
      if (!transient || attempt >= 10) throw error
      await new Promise((resolve) => setTimeout(resolve, 20 * (attempt + 1)))
    }
  }
}

/** The name of a temp file for `name`: hidden, tagged with this process id, ending in .tmp. */
export function tempFileName(name: string): string {
  return `.${name}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
}

/** True for a temp file left by another (dead, since we hold the lock) process. */
export function isStrayTempFile(name: string): boolean {
  return name.startsWith('.') && name.endsWith('.tmp') && !name.includes(`.${process.pid}.`)
}

/** fsyncs a folder so that renames and new names in it survive a power cut. */
export async function syncDirectory(fs: FsOps, dir: string): Promise<void> {
  let handle
  try {
    handle = await fs.open(dir, 'r')
    await handle.sync()
  } catch (error) {
    // Windows cannot open or fsync a directory; NTFS journals the rename itself.
    const code = errnoCode(error)
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EBADF') throw error
  } finally {
    await handle?.close()
  }
}
