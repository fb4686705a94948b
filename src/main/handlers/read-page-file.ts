import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import { MAX_PAGE_FILE_BYTES } from '../../shared/ipc/limits'
import { AppError } from './app-error'

/**
 * Reads a page file for the open dialog and the sample, turning file-system failures into coded
 * errors that say what to do. The size is checked before reading so a 4 GB file is never loaded.
 */
export async function readPageFile(path: string): Promise<Uint8Array> {
  const name = basename(path)
  try {
    const info = await stat(path)
    if (!info.isFile()) {
      throw new AppError('FILE_UNREADABLE', `"${name}" is a folder or a device, not a page file. Choose a .txt file.`)
    }
    if (info.size > MAX_PAGE_FILE_BYTES) {
      throw new AppError('FILE_TOO_LARGE', `"${name}" is ${(info.size / 1048576).toFixed(1)} MB; Galley opens page files up to 20 MB. Is it really a page of text?`)
    }
    return new Uint8Array(await readFile(path))
  } catch (error) {
    if (error instanceof AppError) throw error
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') {
      throw new AppError('FILE_NOT_FOUND', `"${name}" was not found at ${path}; it may have been moved or deleted.`)
    }
    throw new AppError('FILE_UNREADABLE', `Galley could not read "${name}" (${code ?? String(error)}). Check that you may read the file, then try again.`)
  }
}
