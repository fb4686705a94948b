import { randomBytes } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { basename, join, relative } from 'node:path'
import { storeProblemSchema, type StoreProblem } from '../../shared/store/store-types'
import { writeFileAtomic } from './atomic-write'
import type { FsOps } from './fs-ops'
import { fileStamp, type StoreLayout } from './layout'
import { errnoCode } from './store-error'

const REASON_SUFFIX = '.reason.json'

/**
 * Moves a damaged file out of the way into quarantine/<stamp>-<name> (or copies it, with
 * `copy`, when the original stays in use), beside a .reason.json that says which file it was,
 * why it was refused and when. Nothing is deleted.
 */
export async function quarantineFile(
  fs: FsOps,
  layout: StoreLayout,
  path: string,
  reason: string,
  editionId: string | null,
  options: { copy?: boolean } = {}
): Promise<StoreProblem> {
  await fs.mkdir(layout.quarantine, { recursive: true })
  const detectedAt = new Date().toISOString()
  const id = `${fileStamp(detectedAt)}-${randomBytes(3).toString('hex')}-${basename(path)}`
  const target = join(layout.quarantine, id)
  let quarantinedAs: string | null = relative(layout.root, target)
  try {
    if (options.copy) await fs.copyFile(path, target)
    else await fs.rename(path, target)
  } catch (error) {
    if (errnoCode(error) !== 'ENOENT') throw error
    quarantinedAs = null
  }
  const problem: StoreProblem = {
    id,
    kind: 'quarantined',
    file: relative(layout.root, path),
    editionId,
    reason,
    detectedAt,
    quarantinedAs,
    lastGoodRevision: null
  }
  await writeFileAtomic(fs, `${target}${REASON_SUFFIX}`, Buffer.from(JSON.stringify({ ...problem, resolvedAt: null }, null, 2)))
  return problem
}

/** The quarantined files not yet resolved (a restore resolves an edition's problems). */
export async function listQuarantined(layout: StoreLayout): Promise<StoreProblem[]> {
  let names: string[]
  try {
    names = await readdir(layout.quarantine)
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return []
    throw error
  }
  const problems: StoreProblem[] = []
  for (const name of names.filter((n) => n.endsWith(REASON_SUFFIX)).sort()) {
    try {
      const raw = JSON.parse(await readFile(join(layout.quarantine, name), 'utf8')) as { resolvedAt?: string | null }
      if (raw.resolvedAt) continue
      problems.push(storeProblemSchema.parse(raw))
    } catch {
      // A damaged reason file must not hide the others.
    }
  }
  return problems
}

/** Marks every open problem of an edition resolved (after a restore or a delete). */
export async function resolveEditionProblems(fs: FsOps, layout: StoreLayout, editionId: string): Promise<void> {
  for (const problem of await listQuarantined(layout)) {
    if (problem.editionId !== editionId) continue
    const file = join(layout.quarantine, `${problem.id}${REASON_SUFFIX}`)
    await writeFileAtomic(fs, file, Buffer.from(JSON.stringify({ ...problem, resolvedAt: new Date().toISOString() }, null, 2)))
  }
}
