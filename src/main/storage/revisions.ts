import { randomBytes } from 'node:crypto'
import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { revisionsToPrune } from '../../shared/store/revision-policy'
import type { RevisionPolicy } from '../../shared/store/settings-file'
import type { RevisionInfo } from '../../shared/store/store-types'
import { isStrayTempFile, syncDirectory } from './atomic-write'
import type { FsOps } from './fs-ops'
import { editionPath, fileStamp, historyDir, type StoreLayout } from './layout'
import { errnoCode } from './store-error'

const REVISION_FILE = /^(\d{8}T\d{9}Z)-([0-9a-f]{4,})\.json$/

/** 20261126T083000123Z -> 2026-11-26T08:30:00.123Z */
function stampToIso(stamp: string): string {
  return `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(9, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13, 15)}.${stamp.slice(15, 18)}Z`
}

/**
 * Keeps the current edition file as a revision before it is replaced. Files are only ever
 * replaced by rename, never written in place, so a hard link is a faithful copy that costs no
 * bytes; where links are not allowed (FAT, some shares) the file is copied.
 */
export async function keepCurrentAsRevision(fs: FsOps, layout: StoreLayout, id: string, savedAt: string): Promise<string | null> {
  const dir = historyDir(layout, id)
  await fs.mkdir(dir, { recursive: true })
  const revisionId = `${fileStamp(savedAt)}-${randomBytes(3).toString('hex')}`
  const target = join(dir, `${revisionId}.json`)
  try {
    await fs.link(editionPath(layout, id), target)
  } catch (error) {
    const code = errnoCode(error)
    if (code === 'ENOENT') return null
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'EMLINK') throw error
    await fs.copyFile(editionPath(layout, id), target)
  }
  await syncDirectory(fs, dir)
  return revisionId
}

/** The revisions of an edition, newest first. */
export async function listRevisionFiles(layout: StoreLayout, id: string): Promise<RevisionInfo[]> {
  const dir = historyDir(layout, id)
  let names: string[]
  try {
    names = await readdir(dir)
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return []
    throw error
  }
  const infos = await Promise.all(names.map(async (name): Promise<RevisionInfo | null> => {
    const match = REVISION_FILE.exec(name)
    if (!match) return null
    const size = await stat(join(dir, name)).then((s) => s.size, () => null)
    if (size === null) return null
    return { id: name.slice(0, -'.json'.length), editionId: id, savedAt: stampToIso(match[1] as string), sizeBytes: size }
  }))
  return infos.filter((info): info is RevisionInfo => info !== null).sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
}

/** The bytes of one revision, or null if there is no such revision. */
export async function readRevisionBytes(layout: StoreLayout, id: string, revisionId: string): Promise<Buffer | null> {
  if (!REVISION_FILE.test(`${revisionId}.json`)) return null
  try {
    return await readFile(join(historyDir(layout, id), `${revisionId}.json`))
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return null
    throw error
  }
}

/** Deletes the revisions the policy no longer keeps. */
export async function pruneRevisions(fs: FsOps, layout: StoreLayout, id: string, policy: RevisionPolicy, now: Date): Promise<number> {
  const revisions = await listRevisionFiles(layout, id)
  const doomed = revisionsToPrune(revisions, policy, now)
  await Promise.all(doomed.map((revisionId) => fs.unlink(join(historyDir(layout, id), `${revisionId}.json`)).catch(() => undefined)))
  return doomed.length
}

/** Deletes temp files a killed writer left in an edition's history folder. */
export async function removeStrayTemps(fs: FsOps, layout: StoreLayout, id: string): Promise<void> {
  const dir = historyDir(layout, id)
  const names = await readdir(dir).catch(() => [] as string[])
  await Promise.all(names.filter(isStrayTempFile).map((name) => fs.unlink(join(dir, name)).catch(() => undefined)))
}
