import { type Edition, editionSchema, type Page, pageSchema } from '../../shared/model/edition'
import { SCHEMA_VERSIONS } from '../../shared/store/schema-versions'
import { jsonEqual } from './json-equal'
import { parseInput } from './store-input'

const editionWithoutPagesSchema = editionSchema.omit({ pages: true })

interface CachedPage {
  /** A private copy of the validated page: what later inputs are compared with. */
  readonly reference: Page
  /** The validated page as handed out (in the store's current edition). */
  readonly page: Page
  /** The page as it goes into the file, already UTF-8 encoded. */
  readonly outputBytes: Buffer
}

const COMMA = Buffer.from(',')

/**
 * Validates and serialises the editions of one edition file, page by page. A save usually
 * changes one page of eight: a page equal in content (jsonEqual) to a page this serialiser
 * already validated reuses that result instead of running zod and JSON.stringify on it again.
 * The comparison is against a private copy, by content, not object identity: it holds for
 * editions that arrive over IPC, and a caller mutating an object it was given cannot fool it.
 * The bytes are exactly the UTF-8 of JSON.stringify of the parsed file; unchanged pages are
 * kept encoded, so a save encodes only what changed.
 */
export class EditionSerializer {
  private readonly pages = new Map<string, CachedPage>()
  private last: { data: unknown; bytes: Buffer } | null = null

  /** Validates `input` (INVALID_INPUT on failure) and returns the edition and its file bytes. */
  prepare(input: unknown, journalSeq: number, updatedAt: string): { edition: Edition; file: { schemaVersion: typeof SCHEMA_VERSIONS.edition; journalSeq: number; edition: Edition }; bytes: Buffer } {
    const rawPages = typeof input === 'object' && input !== null && Array.isArray((input as { pages?: unknown }).pages)
      ? (input as { pages: unknown[] }).pages
      : null
    if (!rawPages) return this.prepareSlow(input, journalSeq, updatedAt)
    const meta = parseInput(editionWithoutPagesSchema, { ...(input as object), pages: undefined }, 'edition')
    const pages: Page[] = []
    const pageBytes: Buffer[] = []
    const seen = new Map<string, CachedPage>()
    for (const [index, rawPage] of rawPages.entries()) {
      const id = typeof rawPage === 'object' && rawPage !== null ? (rawPage as { id?: unknown }).id : undefined
      let cached = typeof id === 'string' ? this.pages.get(id) : undefined
      // Equal to a validated page means valid with the same parsed form (zod output parses to itself).
      if (!cached || !jsonEqual(rawPage, cached.reference)) {
        const page = parseInput(pageSchema, rawPage, `page ${index + 1}`)
        cached = { reference: structuredClone(page), page, outputBytes: Buffer.from(JSON.stringify(page), 'utf8') }
      }
      seen.set(cached.page.id, cached)
      pages.push(cached.page)
      if (pageBytes.length > 0) pageBytes.push(COMMA)
      pageBytes.push(cached.outputBytes)
    }
    // Only the pages of the current state are worth remembering.
    this.pages.clear()
    for (const [id, cached] of seen) this.pages.set(id, cached)
    const edition: Edition = { ...meta, updatedAt, pages }
    const file = { schemaVersion: SCHEMA_VERSIONS.edition, journalSeq, edition }
    // Same key order as the objects above, pages last, so the result equals JSON.stringify(file).
    const head = JSON.stringify({ schemaVersion: file.schemaVersion, journalSeq, edition: { ...meta, updatedAt, pages: [] } })
    const bytes = Buffer.concat([Buffer.from(`${head.slice(0, -']}}'.length)}`, 'utf8'), ...pageBytes, Buffer.from(']}}')])
    this.last = { data: file, bytes }
    return { edition, file, bytes }
  }

  /** The bytes of `data` if it is the file this serialiser prepared last, else a fresh stringify. */
  serialize(data: unknown): Buffer | string {
    return this.last && this.last.data === data ? this.last.bytes : JSON.stringify(data)
  }

  private prepareSlow(input: unknown, journalSeq: number, updatedAt: string): ReturnType<EditionSerializer['prepare']> {
    const parsed = parseInput(editionSchema, input, 'edition')
    const edition = { ...parsed, updatedAt }
    const file = { schemaVersion: SCHEMA_VERSIONS.edition, journalSeq, edition }
    const bytes = Buffer.from(JSON.stringify(file), 'utf8')
    this.last = { data: file, bytes }
    return { edition, file, bytes }
  }
}
