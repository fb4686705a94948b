import type { Page } from '../../shared/model/edition'
import type { HandlerDeps } from './ports'

/** Decodes and analyses one page file into the Page the renderer shows and the store keeps. */
export function buildPage(fileName: string, bytes: Uint8Array, deps: Pick<HandlerDeps, 'decode' | 'analyze' | 'newId' | 'now'>): Page {
  const { text, encoding } = deps.decode(bytes)
  return {
    id: deps.newId(),
    fileName,
    encoding,
    sourceText: text,
    importedAt: deps.now().toISOString(),
    analysis: deps.analyze(text)
  }
}
