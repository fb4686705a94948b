import { promises as fsp } from 'node:fs'

/**
 * The file-system calls the store's writers make. Production uses node:fs; the fault tests pass
 * a copy whose write fails (ENOSPC, EROFS) to simulate a full disk or a read-only folder, the only
 * place the store accepts a stand-in for the real file system.
 */
export interface FsOps {
  open: typeof fsp.open
  rename: typeof fsp.rename
  link: typeof fsp.link
  unlink: typeof fsp.unlink
  mkdir: typeof fsp.mkdir
  copyFile: typeof fsp.copyFile
}

export const nodeFsOps: FsOps = {
  open: fsp.open,
  rename: fsp.rename,
  link: fsp.link,
  unlink: fsp.unlink,
  mkdir: fsp.mkdir,
  copyFile: fsp.copyFile
}
