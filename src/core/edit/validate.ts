import type { Article } from '../../shared/model/analysis'
import { deriveBody } from './fields'
import { deriveSpan } from '../text/derive'
import type { EditState } from './state'

/**
 * The invariants every command keeps, checked in full. Used by tests after every command and
 * by callers that load a page from outside (an imported analysis) before editing it.
 */

export const PAGE_ISSUE_CODES = [
  'DUPLICATE_ID',
  'RANGE_OUTSIDE_SOURCE',
  'EMPTY_ARTICLE',
  'ARTICLES_OVERLAP',
  'LINE_OUTSIDE_ARTICLE',
  'LINES_OUT_OF_ORDER',
  'ENTITY_OUTSIDE_ARTICLE',
  'ENTITY_QUOTE_MISMATCH',
  'BODY_OUT_OF_DATE',
  'REPAIR_BEFORE_MISMATCH',
  'REPAIRS_OVERLAP'
] as const

export type PageIssueCode = (typeof PAGE_ISSUE_CODES)[number]

export interface PageIssue {
  readonly code: PageIssueCode
  readonly message: string
  /** The article, entity or repair concerned. */
  readonly id?: string
}

export type PageValidation = { readonly ok: true } | { readonly ok: false; readonly issues: readonly PageIssue[] }

function checkArticle(state: EditState, article: Article, issues: PageIssue[]): void {
  const { sourceText, analysis } = state
  const issue = (code: PageIssueCode, message: string, id = article.id): void => void issues.push({ code, message, id })
  if (article.sourceStart < 0 || article.sourceEnd > sourceText.length || article.sourceStart >= article.sourceEnd) {
    issue('RANGE_OUTSIDE_SOURCE', `Article ${article.id} has range ${article.sourceStart}–${article.sourceEnd} (text length ${sourceText.length}).`)
  }
  if (article.lines.length === 0) issue('EMPTY_ARTICLE', `Article ${article.id} has no lines.`)
  let previousEnd = -1
  for (const line of article.lines) {
    if (line.sourceStart < article.sourceStart || line.sourceEnd > article.sourceEnd || line.sourceStart >= line.sourceEnd) {
      issue('LINE_OUTSIDE_ARTICLE', `Line ${line.sourceStart}–${line.sourceEnd} is outside article ${article.id}.`)
    }
    if (line.sourceStart < previousEnd) issue('LINES_OUT_OF_ORDER', `Line at ${line.sourceStart} overlaps or precedes the one before it.`)
    previousEnd = line.sourceEnd
  }
  for (const entity of article.entities) {
    if (entity.sourceStart < article.sourceStart || entity.sourceEnd > article.sourceEnd || entity.sourceStart >= entity.sourceEnd) {
      issue('ENTITY_OUTSIDE_ARTICLE', `Entity ${entity.id} (${entity.sourceStart}–${entity.sourceEnd}) is outside article ${article.id}.`, entity.id)
    } else if (deriveSpan(sourceText, analysis.repairs, entity.sourceStart, entity.sourceEnd) !== entity.text) {
      issue('ENTITY_QUOTE_MISMATCH', `Entity ${entity.id} says "${entity.text}" but its span reads otherwise.`, entity.id)
    }
  }
  if (deriveBody(sourceText, analysis.repairs, article.lines) !== article.body) {
    issue('BODY_OUT_OF_DATE', `Article ${article.id}'s body does not match its lines.`)
  }
}

/**
 * Checks a page: unique ids; article ranges inside the source, non-empty and never overlapping;
 * lines inside their article and in order; every entity inside its article with a quote equal
 * to the repaired text of its span; bodies equal to their lines' repaired text; repairs quoting
 * the source and not overlapping.
 */
export function validatePage(state: EditState): PageValidation {
  const { sourceText, analysis } = state
  const issues: PageIssue[] = []
  const ids = new Set<string>()
  const claim = (id: string): void => {
    if (ids.has(id)) issues.push({ code: 'DUPLICATE_ID', message: `Id "${id}" is used twice.`, id })
    ids.add(id)
  }
  for (const article of [...analysis.articles, ...(analysis.deletedArticles ?? [])]) {
    claim(article.id)
    for (const entity of article.entities) claim(entity.id)
  }
  for (const article of analysis.articles) checkArticle(state, article, issues)
  const bySource = analysis.articles.slice().sort((a, b) => a.sourceStart - b.sourceStart)
  for (let i = 1; i < bySource.length; i++) {
    const a = bySource[i - 1] as Article
    const b = bySource[i] as Article
    if (b.sourceStart < a.sourceEnd) issues.push({ code: 'ARTICLES_OVERLAP', message: `Articles ${a.id} and ${b.id} overlap.`, id: b.id })
  }
  const repairIds = new Set<string>()
  const repairs = analysis.repairs.slice().sort((a, b) => a.sourceStart - b.sourceStart)
  repairs.forEach((repair, i) => {
    if (repairIds.has(repair.id)) issues.push({ code: 'DUPLICATE_ID', message: `Repair id "${repair.id}" is used twice.`, id: repair.id })
    repairIds.add(repair.id)
    if (sourceText.slice(repair.sourceStart, repair.sourceEnd) !== repair.before) {
      issues.push({ code: 'REPAIR_BEFORE_MISMATCH', message: `Repair ${repair.id} does not quote the source.`, id: repair.id })
    }
    const previous = repairs[i - 1]
    if (previous && repair.sourceStart < previous.sourceEnd) {
      issues.push({ code: 'REPAIRS_OVERLAP', message: `Repairs ${previous.id} and ${repair.id} overlap.`, id: repair.id })
    }
  })
  return issues.length === 0 ? { ok: true } : { ok: false, issues }
}
