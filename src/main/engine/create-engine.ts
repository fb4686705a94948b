import { analyzePage, analyzePageDetailed, type DetailedAnalysis } from '../../core/analyze'
import type { EntityRecognizer, WordTagger } from '../../core/model/ports'
import type { PageAnalysis } from '../../shared/model/analysis'
import { createJiebaTagger } from './jieba-tagger'
import { loadRecognizer } from './load-recognizer'

export interface EngineOptions {
  /** The entity recogniser; defaults to loadRecognizer() (the shipped model). */
  readonly recognizer?: EntityRecognizer
  /** The word tagger; defaults to @node-rs/jieba with its bundled dictionary. */
  readonly wordTagger?: WordTagger
}

/** The extraction engine as node-side callers (CLI, main process) use it. */
export interface Engine {
  analyze(source: string): PageAnalysis
  /** The analysis with the normalised text it was computed on. */
  analyzeDetailed(source: string): DetailedAnalysis
  readonly wordTagger: WordTagger
  readonly recognizer: EntityRecognizer
}

/** Creates the engine: loads jieba and the recogniser once, then analyses pages on demand. */
export function createEngine(options: EngineOptions = {}): Engine {
  const wordTagger = options.wordTagger ?? createJiebaTagger()
  const recognizer = options.recognizer ?? loadRecognizer()
  const deps = { wordTagger, recognizer }
  return {
    analyze: (source) => analyzePage(source, deps),
    analyzeDetailed: (source) => analyzePageDetailed(source, deps),
    wordTagger,
    recognizer
  }
}
