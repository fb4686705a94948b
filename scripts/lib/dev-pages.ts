import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

/** The default location of the annotated development pages (not part of the repository). */
export const DEV_PAGES_PATH = process.env.GALLEY_DEV_PAGES ?? resolve(process.cwd(), '../shared/data/pku-1998-dev.jsonl')

/** One annotated page, seed-style variant (the one Galley is measured on). */
export interface DevPage {
  readonly id: string
  readonly seedText: string
  readonly seedArticles: readonly { start: number; end: number; headline: string; headlineEnd: number }[]
  readonly seedEntities: readonly { start: number; end: number; type: string; text: string }[]
}

/** Reads the development pages (JSON lines). */
export function readDevPages(path: string = DEV_PAGES_PATH): DevPage[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as DevPage)
}

/** Parses "1-120" into a 1-based inclusive page range filter. */
export function pageRange(spec: string | undefined): (index: number) => boolean {
  if (!spec) return () => true
  const [a, b] = spec.split('-').map((x) => Number.parseInt(x, 10))
  const from = a ?? 1
  const to = b ?? from
  return (index) => index + 1 >= from && index + 1 <= to
}
