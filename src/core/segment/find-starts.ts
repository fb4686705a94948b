import type { NormalisedText } from '../model/ports'
import { decideStarts, type BoundaryWeights } from './boundary-model'
import { BOUNDARY_WEIGHTS } from './boundary-weights'
import { classifyLine, type LineInfo } from './line-kind'
import { splitPageLines, type PageLine } from './page-lines'

/** A page read line by line: the lines, what each is, and where articles start. */
export interface PageLayout {
  readonly lines: readonly PageLine[]
  readonly infos: readonly LineInfo[]
  /** Indices of the lines that start an article, ascending, first is 0 (empty for an empty page). */
  readonly starts: readonly number[]
}

/** Classifies the lines of a normalised page and finds the article starts. */
export function layoutPage(normalised: Pick<NormalisedText, 'text'>, weights: BoundaryWeights = BOUNDARY_WEIGHTS): PageLayout {
  const lines = splitPageLines(normalised.text)
  const infos = lines.map((line) => classifyLine(line.text))
  const starts = decideStarts(lines, infos, weights)
  return { lines, infos, starts }
}
