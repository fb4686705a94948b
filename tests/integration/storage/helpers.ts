import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '../../../src/shared/model/edition'
import { makePage } from '../../fixtures/store/make-edition'

/** A fresh, empty data folder under the system temp dir; remove it with the returned function. */
export async function tempDataDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'galley-store-'))
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) }
}

/** Small but complete pages (3 articles of 2 entities) so tests stay quick. */
export function smallPages(count = 2, seed = 1): Page[] {
  return Array.from({ length: count }, (_, i) => makePage(seed, i + 1, { articles: 3, entitiesPerArticle: 2, chars: 300 }))
}

export const META = { newspaper: '江城日报', date: '2026-10-05', issueNumber: '101' } as const
