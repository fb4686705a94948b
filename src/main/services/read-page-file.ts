import { readFile, stat } from 'node:fs/promises'
import { basename } from 'node:path'
import type { ErrorCode, ErrorInfo } from '../../shared/errors'
import { decodePage, MAX_PAGE_BYTES, PageDecodeError, type DecodedPage } from './decode-page'

/** A page file that could not be opened: not found, unreadable, or refused by decodePage. */
export class PageFileError extends Error implements ErrorInfo {
  constructor(
    readonly code: ErrorCode,
    message: string
  ) {
    super(message)
    this.name = 'PageFileError'
  }

  toInfo(): ErrorInfo {
    return { code: this.code, message: this.message }
  }
}

export interface PageFile extends DecodedPage {
  readonly path: string
  readonly fileName: string
}

/**
 * Reads one page file's bytes. The size is checked before the file is read, so a huge file is
 * refused without loading it. Throws PageFileError with FILE_NOT_FOUND, FILE_UNREADABLE or
 * FILE_TOO_LARGE.
 */
export async function readPageBytes(path: string): Promise<Uint8Array> {
  const fileName = basename(path)
  let size: number
  try {
    const info = await stat(path)
    if (info.isDirectory()) throw new PageFileError('FILE_UNREADABLE', `${fileName} is a folder, not a page file.`)
    size = info.size
  } catch (error) {
    if (error instanceof PageFileError) throw error
    throw fileSystemError(error, fileName)
  }
  if (size > MAX_PAGE_BYTES) {
    throw new PageFileError('FILE_TOO_LARGE', `${fileName} is ${(size / (1024 * 1024)).toFixed(1)} MB; Galley opens pages up to 20 MB. Split it into smaller files.`)
  }
  try {
    return await readFile(path)
  } catch (error) {
    throw fileSystemError(error, fileName)
  }
}

/**
 * Reads and decodes one page file (readPageBytes, then decodePage). Throws PageFileError with
 * FILE_NOT_FOUND, FILE_UNREADABLE, FILE_TOO_LARGE or one of decodePage's codes.
 */
export async function readPageFile(path: string): Promise<PageFile> {
  const fileName = basename(path)
  const bytes = await readPageBytes(path)
  try {
    return { path, fileName, ...decodePage(bytes, fileName) }
  } catch (error) {
    if (error instanceof PageDecodeError) throw new PageFileError(error.code, error.message)
    throw error
  }
}

function fileSystemError(error: unknown, fileName: string): PageFileError {
  const code = (error as { code?: string } | null)?.code
  if (code === 'ENOENT' || code === 'ENOTDIR') return new PageFileError('FILE_NOT_FOUND', `${fileName} was not found. Check the path and try again.`)
  if (code === 'EACCES' || code === 'EPERM') return new PageFileError('FILE_UNREADABLE', `${fileName} cannot be read: permission denied.`)
  if (code === 'EISDIR') return new PageFileError('FILE_UNREADABLE', `${fileName} is a folder, not a page file.`)
  const detail = error instanceof Error ? error.message : String(error)
  return new PageFileError('FILE_UNREADABLE', `${fileName} cannot be read (${detail}).`)
}
