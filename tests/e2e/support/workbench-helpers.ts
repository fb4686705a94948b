/// <reference lib="dom" />
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import type { PageAnalysis } from '../../../src/shared/model/analysis'
import { journalRecordSchema } from '../../../src/shared/store/journal-edit'
import { expect, type GalleyHarness } from './galley-fixture'

/**
 * Steps the workbench specs share: save the sample as an edition (so autosave runs), place a
 * caret or a selection at a source or body offset, and read what the store holds on disk.
 */

/** Saves the open page as a new edition and returns its id once its file is on disk. */
export async function saveSampleAsEdition(galley: GalleyHarness): Promise<string> {
  const { page } = galley
  await page.getByRole('button', { name: 'Save as edition…' }).click()
  const form = page.getByRole('form', { name: 'Save as edition' })
  await form.getByLabel('Newspaper').fill('武进日报')
  await form.getByLabel('Date').fill('2024-07-25')
  await form.getByRole('button', { name: 'Save edition' }).click()
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-status', 'saved')
  const files = galley.dataFiles().filter((file) => /^editions[/\\][^/\\]+\.json$/.test(file))
  expect(files).toHaveLength(1)
  return (files[0] ?? '').replace(/^editions[/\\]/, '').replace(/\.json$/, '')
}

/**
 * The page analysis the store holds for the edition's first page: the edition file with the
 * journalled edits after its journalSeq applied (autosave sends whole analyses, so the last one wins).
 */
export function storedAnalysis(galley: GalleyHarness, editionId: string): PageAnalysis {
  const file = galley.readEditionFile(editionId)
  const journal = join(galley.dataDir, 'editions', `${editionId}.journal`)
  let analysis = file.edition.pages[0]?.analysis
  if (existsSync(journal)) {
    for (const line of readFileSync(journal, 'utf8').split('\n')) {
      if (line.trim() === '') continue
      const record = journalRecordSchema.parse(JSON.parse(line))
      if (record.seq > file.journalSeq && record.edit.kind === 'replace-page-analysis') analysis = record.edit.payload.analysis
    }
  }
  if (!analysis) throw new Error(`edition ${editionId} has no page`)
  return analysis
}

/** Waits until autosave has put the latest correction on disk. */
export async function waitSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-indicator')).toHaveAttribute('data-status', 'saved')
}

/** Puts a collapsed caret at a source offset inside the source pane (as a click there would). */
export async function placeCaretInSource(page: Page, offset: number): Promise<void> {
  await page.evaluate((at) => {
    const runs = Array.from(document.querySelectorAll<HTMLElement>('[data-testid="source-text"] [data-src]'))
    const run = runs.find((el) => Number(el.dataset.src) <= at && at < Number(el.dataset.src) + (el.textContent ?? '').length)
    const text = run?.firstChild
    if (!run || !text) throw new Error(`no source run at ${at}`)
    window.getSelection()?.collapse(text, at - Number(run.dataset.src))
  }, offset)
}

/** Selects [start, end) of an article's body text in its card (as a mouse drag would). */
export async function selectInBody(page: Page, articleId: string, start: number, end: number): Promise<void> {
  await page.evaluate(([id, from, to]) => {
    const body = document.querySelector<HTMLElement>(`[data-body-of="${CSS.escape(id)}"]`)
    const runs = Array.from(body?.querySelectorAll<HTMLElement>('[data-body]') ?? [])
    const point = (at: number): [Node, number] => {
      const run = runs.find((el) => Number(el.dataset.body) <= at && at <= Number(el.dataset.body) + (el.textContent ?? '').length)
      if (!run?.firstChild) throw new Error(`no body run at ${at}`)
      return [run.firstChild, at - Number(run.dataset.body)]
    }
    const range = document.createRange()
    range.setStart(...point(from))
    range.setEnd(...point(to))
    window.getSelection()?.removeAllRanges()
    window.getSelection()?.addRange(range)
  }, [articleId, start, end] as const)
}

/** First start on the sample, saved as an edition: its id and the analysis the store holds for it. */
export async function startOnSavedSample(galley: GalleyHarness): Promise<{ id: string; original: PageAnalysis }> {
  await galley.start()
  const id = await saveSampleAsEdition(galley)
  return { id, original: storedAnalysis(galley, id) }
}
