import { readFile } from 'node:fs/promises'
import { parseStoredFile, type StoredFileData } from '../../shared/store/parse-stored-file'
import type { StoredFileKind } from '../../shared/store/schema-versions'
import { errnoCode } from './store-error'

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })

/** What reading a stored file found. `damaged` files go to quarantine; `newer` ones are left alone. */
export type StoredFileRead<K extends StoredFileKind> =
  | { readonly status: 'ok'; readonly data: StoredFileData<K>; readonly bytes: Buffer; readonly migratedFrom: number | null; readonly steps: readonly string[] }
  | { readonly status: 'missing' }
  | { readonly status: 'newer'; readonly version: number; readonly raw: unknown }
  | { readonly status: 'damaged'; readonly reason: string }

/** Reads, decodes (strict UTF-8), parses, migrates and validates one stored JSON file. */
export async function readStoredFile<K extends StoredFileKind>(kind: K, path: string): Promise<StoredFileRead<K>> {
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return { status: 'missing' }
    throw error
  }
  return parseStoredBytes(kind, bytes)
}

/** The pure half of readStoredFile, for bytes already in hand (revisions, tests). */
export function parseStoredBytes<K extends StoredFileKind>(kind: K, bytes: Buffer): StoredFileRead<K> {
  if (bytes.length === 0) return { status: 'damaged', reason: 'the file is empty (0 bytes)' }
  let text: string
  try {
    text = strictUtf8.decode(bytes)
  } catch {
    return { status: 'damaged', reason: 'the file is not valid UTF-8 (corrupt bytes)' }
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return { status: 'damaged', reason: `the file is not valid JSON, probably truncated or overwritten (${detail})` }
  }
  const parsed = parseStoredFile(kind, value)
  if (parsed.status === 'newer') return { status: 'newer', version: parsed.version, raw: value }
  if (parsed.status === 'invalid') return { status: 'damaged', reason: parsed.reason }
  return { status: 'ok', data: parsed.data, bytes, migratedFrom: parsed.migratedFrom, steps: parsed.steps }
}
