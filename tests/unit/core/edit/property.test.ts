import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { EditCommand } from '../../../../src/core/edit/commands'
import { type EditSession, execute, redo, startSession, undo } from '../../../../src/core/edit/session'
import { splitsCharacter } from '../../../../src/core/edit/source-chars'
import type { EditState } from '../../../../src/core/edit/state'
import { validatePage } from '../../../../src/core/edit/validate'
import { ARTICLE_KINDS, ENTITY_TYPES, LINE_ROLES, REVIEW_STATES, type Repair } from '../../../../src/shared/model/analysis'
import { type ArticleSpec, buildPage, refreshAll } from './page-builder'

/**
 * Random pages (CJK, Latin, astral characters, combining marks, CRLF, repairs across line
 * breaks) and random command sequences with undo and redo mixed in: every accepted command
 * leaves a valid page, a refused one leaves the page as it was, and undoing everything gives
 * back the initial page exactly.
 */

const chunk = fc.constantFrom('上海', '北京', '张三', '新闻', 'ab', 'Cd', ',', '，', '。', '😀', 'é', 'e\u0301', '𠀀', ' ', '本报记者')
const lineText = fc.array(chunk, { minLength: 1, maxLength: 6 }).map((parts) => parts.join('').trim()).filter((t) => t.length > 0)
const lineSpec = fc.tuple(fc.constantFrom(...LINE_ROLES), lineText)
const articleSpec = fc.array(lineSpec, { minLength: 1, maxLength: 5 })

interface PageSeed {
  readonly articles: readonly (readonly (readonly [(typeof LINE_ROLES)[number], string])[])[]
  readonly eol: string
  readonly touching: boolean
  readonly entitySeeds: readonly (readonly [number, number, number])[]
  readonly joins: readonly boolean[]
}

const pageSeed: fc.Arbitrary<PageSeed> = fc.record({
  articles: fc.array(articleSpec, { minLength: 1, maxLength: 5 }),
  eol: fc.constantFrom('\n', '\r\n'),
  touching: fc.boolean(),
  entitySeeds: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat({ max: 6 })), { maxLength: 12 }),
  joins: fc.array(fc.boolean(), { maxLength: 20 })
})

function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff
}

function makePage(seed: PageSeed): EditState {
  const specs: ArticleSpec[] = seed.articles.map((lines, i) => ({ id: `a${i}`, lines }))
  let page = buildPage(specs, { eol: seed.eol, touching: seed.touching })
  const source = page.sourceText
  const repairs: Repair[] = []
  const taken = new Set<number>()
  // Joins between consecutive lines of an article (last char of one + first char of the next).
  let j = 0
  for (const a of page.analysis.articles) {
    for (let k = 0; k + 1 < a.lines.length; k++) {
      const left = a.lines[k]
      const right = a.lines[k + 1]
      if (!left || !right || !seed.joins[j++ % Math.max(1, seed.joins.length)]) continue
      const s = left.sourceEnd - 1
      const e = right.sourceStart + 1
      if (taken.has(s) || isSurrogate(source.charCodeAt(s)) || isSurrogate(source.charCodeAt(e - 1))) continue
      const before = source.slice(s, e)
      repairs.push({ id: `join${s}`, kind: 'line-join', sourceStart: s, sourceEnd: e, before, after: (source[s] ?? '') + (source[e - 1] ?? ''), applied: true })
      for (let p = s; p < e; p++) taken.add(p)
    }
  }
  for (let p = source.indexOf(','); p >= 0; p = source.indexOf(',', p + 1)) {
    if (!taken.has(p)) repairs.push({ id: `w${p}`, kind: 'punct-width', sourceStart: p, sourceEnd: p + 1, before: ',', after: '，', applied: true })
  }
  repairs.sort((a, b) => a.sourceStart - b.sourceStart)
  // Machine entities inside single lines, on character boundaries.
  const articles = page.analysis.articles.map((a, ai) => {
    const entities = seed.entitySeeds
      .filter(([pick]) => pick % page.analysis.articles.length === ai)
      .map(([, at, len], n) => {
        const line = a.lines[at % a.lines.length]
        if (!line) return undefined
        const start = line.sourceStart + (at % (line.sourceEnd - line.sourceStart))
        const end = Math.min(line.sourceEnd, start + 1 + len)
        if (splitsCharacter(source, start) || splitsCharacter(source, end)) return undefined
        return { id: `${a.id}-m${n}`, type: 'PERSON' as const, text: '', sourceStart: start, sourceEnd: end, confidence: 0.7, signal: 'model' as const }
      })
      .filter((e) => e !== undefined)
    return { ...a, entities }
  })
  page = refreshAll({ sourceText: source, analysis: { ...page.analysis, articles, repairs } })
  return page
}

type Intent = readonly [number, number, number, number]

/** Turns random numbers into a command against the current state (ids and offsets that exist). */
function toCommand(state: EditState, [op, x, y, z]: Intent, step: number): EditCommand | 'undo' | 'redo' {
  const { articles, repairs } = state.analysis
  const trash = state.analysis.deletedArticles ?? []
  const a = articles[x % Math.max(1, articles.length)]
  const offset = (from: number, to: number): number => from + (y % Math.max(1, to - from + 1))
  const entities = articles.flatMap((art) => art.entities)
  const entity = entities[y % Math.max(1, entities.length)]
  const dir = z % 2 === 0 ? 'previous' : 'next'
  const id = a?.id ?? 'none'
  switch (op % 22) {
    case 0: case 1:
      return { type: 'split-article', articleId: id, at: a ? offset(a.sourceStart, a.sourceEnd) : 0, newArticleId: `s${step}` }
    case 2:
      return { type: 'merge-article', articleId: id, direction: dir }
    case 3: {
      const line = a && (dir === 'previous' ? a.lines[0] : a.lines[a.lines.length - 1])
      return { type: 'move-line', articleId: id, lineStart: line?.sourceStart ?? 0, direction: dir }
    }
    case 4: case 5:
      return { type: 'move-boundary', articleId: id, edge: z % 2 === 0 ? 'start' : 'end', to: offset(0, state.sourceText.length) }
    case 6:
      return { type: 'set-article-kind', articleId: id, kind: ARTICLE_KINDS[z % ARTICLE_KINDS.length] ?? 'news' }
    case 7:
      return { type: 'set-line-role', articleId: id, lineStart: a?.lines[y % Math.max(1, a.lines.length)]?.sourceStart ?? 0, role: LINE_ROLES[z % LINE_ROLES.length] ?? 'body' }
    case 8:
      return { type: 'set-article-fields', articleId: id, fields: { headline: `h${z}`, reporters: [`r${y}`] } }
    case 9:
      return { type: 'reorder-article', articleId: id, toIndex: y % Math.max(1, articles.length) }
    case 10:
      return { type: 'delete-article', articleId: id }
    case 11:
      return { type: 'restore-article', articleId: trash[y % Math.max(1, trash.length)]?.id ?? 'none' }
    case 12:
      return { type: 'set-review', articleId: id, review: REVIEW_STATES[z % REVIEW_STATES.length] ?? 'auto' }
    case 13: {
      const repair = repairs[y % Math.max(1, repairs.length)]
      return { type: 'set-repair-applied', repairId: repair?.id ?? 'none', applied: z % 2 === 0 }
    }
    case 14: case 15: {
      const length = a?.body.length ?? 0
      const start = y % (length + 1)
      return { type: 'fix-typo', articleId: id, bodyStart: start, bodyEnd: Math.min(length, start + (z % 3)), replacement: ['', '字', 'xy', '😀'][z % 4] ?? '', repairId: `t${step}` }
    }
    case 16: {
      const start = a ? offset(a.sourceStart, a.sourceEnd) : 0
      return { type: 'add-entity', articleId: id, entityId: `n${step}`, entityType: ENTITY_TYPES[z % ENTITY_TYPES.length] ?? 'OTHER', sourceStart: start, sourceEnd: start + 1 + (z % 4) }
    }
    case 17:
      return { type: 'remove-entity', entityId: entity?.id ?? 'none' }
    case 18:
      return { type: 'retype-entity', entityId: entity?.id ?? 'none', entityType: ENTITY_TYPES[z % ENTITY_TYPES.length] ?? 'OTHER' }
    case 19:
      return { type: 'resize-entity', entityId: entity?.id ?? 'none', sourceStart: (entity?.sourceStart ?? 0) - (z % 2), sourceEnd: (entity?.sourceEnd ?? 0) + (x % 2) }
    case 20:
      return 'undo'
    default:
      return 'redo'
  }
}

describe('random command sequences (property)', () => {
  it('keep the page valid and undo back to the exact initial page', () => {
    fc.assert(
      fc.property(pageSeed, fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(), fc.nat()), { minLength: 1, maxLength: 40 }), (seed, intents) => {
        const initial = startSession(makePage(seed))
        expect(validatePage(initial.state)).toEqual({ ok: true })
        let session: EditSession<EditState> = initial
        intents.forEach((intent, step) => {
          const command = toCommand(session.state, intent, step)
          if (command === 'undo' || command === 'redo') {
            const moved = command === 'undo' ? undo(session) : redo(session)
            if (moved) session = moved.session
          } else {
            const result = execute(session, command)
            if (result.ok) session = result.session
          }
          const validation = validatePage(session.state)
          if (!validation.ok) throw new Error(`${JSON.stringify(command)} broke the page: ${JSON.stringify(validation.issues)}`)
        })
        for (let step = undo(session); step; step = undo(session)) session = step.session
        expect(session.state).toStrictEqual(initial.state)
      }),
      { numRuns: Number(process.env.GALLEY_PROPERTY_RUNS ?? 300) }
    )
  }, 120_000)
})
