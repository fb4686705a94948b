export { createEngine, type Engine, type EngineOptions } from './create-engine'
export { createJiebaTagger, getJieba } from './jieba-tagger'
export { loadRecognizer } from './load-recognizer'
