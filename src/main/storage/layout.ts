import { join } from 'node:path'
import { StoreError } from './store-error'

/** Where each file of a data folder lives (docs/storage.md, "Layout"). */
export interface StoreLayout {
  readonly root: string
  readonly lock: string
  readonly catalog: string
  readonly lexicon: string
  readonly settings: string
  readonly editions: string
  readonly quarantine: string
  readonly backups: string
  readonly trash: string
}

/** The layout of the data folder `root`. */
export function storeLayout(root: string): StoreLayout {
  return {
    root,
    lock: join(root, 'galley.lock'),
    catalog: join(root, 'catalog.json'),
    lexicon: join(root, 'lexicon.json'),
    settings: join(root, 'settings.json'),
    editions: join(root, 'editions'),
    quarantine: join(root, 'quarantine'),
    backups: join(root, 'backups'),
    trash: join(root, 'trash')
  }
}

// Ids become file names, so they are restricted to characters every file system accepts.
const EDITION_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/

/** Throws INVALID_INPUT unless `id` is a well-formed edition id. */
export function assertEditionId(id: string): void {
  if (!EDITION_ID.test(id)) {
    throw new StoreError('INVALID_INPUT', `"${id}" is not an edition id (letters, digits, "-" and "_" only).`)
  }
}

export function editionPath(layout: StoreLayout, id: string): string {
  return join(layout.editions, `${id}.json`)
}

export function journalPath(layout: StoreLayout, id: string): string {
  return join(layout.editions, `${id}.journal`)
}

export function historyDir(layout: StoreLayout, id: string): string {
  return join(layout.editions, `${id}.history`)
}

/** A sortable, file-name-safe stamp of an ISO time: 2026-11-26T08:30:00.123Z -> 20261126T083000123Z. */
export function fileStamp(iso: string): string {
  return iso.replace(/[-:.]/g, '')
}
