import { ArticleState, PageVocabulary, lineContext, stateFeatures } from './boundary-features'
import { BOUNDARY_WEIGHTS } from './boundary-weights'
import type { LineInfo, LineKind } from './line-kind'
import type { PageLine } from './page-lines'

/** Feature weights of the boundary model: a logistic regression over named binary features. */
export type BoundaryWeights = Readonly<Record<string, number>>

/** Kinds that close or annotate an item and never open one (credits, bylines, notes). */
const NEVER_OPENS: ReadonlySet<LineKind> = new Set(['credit', 'photo-credit', 'signature', 'date-note', 'photo-note', 'byline'])

/** How many readings of the page the decoder keeps open (1 = greedy). */
export const DEFAULT_BEAM = 2

/** Sum of the weights of the active features (the log-odds that an article starts here). */
export function scoreFeatures(features: readonly string[], weights: BoundaryWeights): number {
  let score = 0
  for (const name of features) score += weights[name] ?? 0
  return score
}

/** log(sigmoid(z)) without overflow. */
function logSigmoid(z: number): number {
  return z >= 0 ? -Math.log1p(Math.exp(-z)) : z - Math.log1p(Math.exp(z))
}

interface StartList {
  readonly index: number
  readonly previous: StartList | null
}

interface Hypothesis {
  readonly logProb: number
  readonly starts: StartList
  readonly state: ArticleState
}

export interface DecodeOptions {
  /** Read the page with these starts instead of deciding (teacher forcing, for training). */
  readonly forcedStarts?: ReadonlySet<number>
  /** Receives every decision's features (greedy or forced decoding only). */
  readonly observe?: (index: number, features: string[]) => void
  /** Readings kept open; 1 decides greedily line by line. */
  readonly beam?: number
}

/**
 * Reads the page top to bottom and returns the indices of the lines that start an article
 * (always including line 0). Each decision sees the article built so far ("shares no words with
 * the article above" refers to the article as segmented), so the decoder keeps the few most
 * probable readings of the page open (beam search): the first of a run of headless briefs is
 * only recognisable together with the briefs that follow it. Readings that agree on where the
 * current article starts are identical from then on, so only the best of them is kept.
 */
export function decideStarts(
  lines: readonly PageLine[],
  infos: readonly LineInfo[],
  weights: BoundaryWeights = BOUNDARY_WEIGHTS,
  options: DecodeOptions = {}
): number[] {
  if (lines.length === 0) return []
  const { forcedStarts, observe } = options
  const beam = forcedStarts || observe ? 1 : Math.max(1, options.beam ?? DEFAULT_BEAM)
  const vocabulary = new PageVocabulary(lines)
  const first = new ArticleState(vocabulary)
  first.reset(0)
  first.add(0, lines[0] as PageLine, infos[0] as LineInfo)
  let hypotheses: Hypothesis[] = [{ logProb: 0, starts: { index: 0, previous: null }, state: first }]

  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] as PageLine
    const info = infos[i] as LineInfo
    const mayOpen = !NEVER_OPENS.has(info.kind)
    let bestStart: { logProb: number; starts: StartList } | null = null
    const continued: Hypothesis[] = []
    const ctx = lineContext(lines, infos, i, vocabulary)
    const staticScore = scoreFeatures(ctx.staticFeatures, weights)
    for (const h of hypotheses) {
      const dynamic = stateFeatures(ctx, h.state)
      observe?.(i, [...ctx.staticFeatures, ...dynamic])
      let open: boolean
      let openLog = Number.NEGATIVE_INFINITY
      let stayLog = 0
      if (forcedStarts) {
        open = forcedStarts.has(i)
      } else {
        const z = staticScore + scoreFeatures(dynamic, weights)
        openLog = mayOpen ? logSigmoid(z) : Number.NEGATIVE_INFINITY
        stayLog = mayOpen ? logSigmoid(-z) : 0
        open = beam === 1 && openLog > stayLog
      }
      if (forcedStarts || beam === 1) {
        if (open) bestStart = { logProb: h.logProb, starts: { index: i, previous: h.starts } }
        else continued.push(h)
        continue
      }
      const opened = h.logProb + openLog
      if (mayOpen && (bestStart === null || opened > bestStart.logProb)) bestStart = { logProb: opened, starts: { index: i, previous: h.starts } }
      continued.push({ logProb: h.logProb + stayLog, starts: h.starts, state: h.state })
    }
    const next: Hypothesis[] = continued
    if (bestStart) {
      const state = new ArticleState(vocabulary)
      state.reset(i)
      next.push({ logProb: bestStart.logProb, starts: bestStart.starts, state })
    }
    next.sort((a, b) => b.logProb - a.logProb)
    hypotheses = next.length > beam ? next.slice(0, beam) : next
    for (const h of hypotheses) h.state.add(i, line, info)
  }

  const best = hypotheses.reduce((a, b) => (b.logProb > a.logProb ? b : a))
  const starts: number[] = []
  for (let node: StartList | null = best.starts; node; node = node.previous) starts.push(node.index)
  return starts.reverse()
}
