import type { Page } from '../../shared/model/edition'
import type { DecodedPageText, HandlerDeps } from './ports'

/** Analyses one decoded page file into the Page the renderer shows and the store keeps. */
export function buildPage(fileName: string, decoded: DecodedPageText, deps: Pick<HandlerDeps, 'analyze' | 'newId' | 'now'>): Page {
  return {
    id: deps.newId(),
    fileName,
    encoding: decoded.encoding,
    sourceText: decoded.text,
    importedAt: deps.now().toISOString(),
    analysis: deps.analyze(decoded.text)
  }
}
