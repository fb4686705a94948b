import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { deserialiseModel } from '../../core/learn/model-format'
import type { EntityRecognizer } from '../../core/model/ports'
import { createEntityRecognizer } from '../../core/tag/recognizer'
import { EMPTY_LEXICON, loadLexicon, type Lexicon } from '../../core/tag/lexicon'

/**
 * The one place the entity recognizer is loaded: the shipped tagger model
 * (resources/models/tagger/tagger.bin, with its gazetteer) plus the built-in lexicon
 * (resources/models/builtin-lexicon.json), and optionally an editor lexicon on top.
 * GALLEY_MODEL_DIR overrides the model folder (e.g. a model trained on some pages only).
 * Synchronous on purpose: the engine is created on demand and loading stays within 500 ms.
 */

export const MODEL_DIR_NAME = 'tagger'
const MODEL_FILE = 'tagger.bin'
const BUILTIN_LEXICON = 'builtin-lexicon.json'

export interface RecognizerLoadOptions {
  /** Folder holding tagger.bin; default GALLEY_MODEL_DIR, else the shipped model. */
  readonly modelDir?: string
  /** An editor lexicon (already parsed) whose names and non-names override the model. */
  readonly lexicon?: Lexicon
}

export interface LoadedRecognizer {
  readonly recognizer: EntityRecognizer
  readonly modelPath: string
  readonly loadMs: number
  readonly meta: Readonly<Record<string, unknown>>
}

/** Why the recognizer could not be loaded, with a message that says what to do. */
export class RecognizerLoadError extends Error {
  constructor(readonly code: 'model-missing' | 'model-invalid' | 'model-incompatible' | 'lexicon-invalid', message: string) {
    super(message)
    this.name = 'RecognizerLoadError'
  }
}

function here(): string {
  // __dirname exists in the CommonJS bundle and under tsx; import.meta.url in native ESM.
  if (typeof __dirname === 'string') return __dirname
  return dirname(fileURLToPath(import.meta.url))
}

/** The resources/models folder: beside the sources in development, under resourcesPath when packaged. */
export function modelsRoot(): string {
  const candidates = [resolve(here(), '../../../resources/models'), resolve(here(), '../../resources/models')]
  const packaged = (process as { resourcesPath?: string }).resourcesPath
  if (packaged) candidates.push(join(packaged, 'models'), join(packaged, 'resources', 'models'))
  candidates.push(resolve(process.cwd(), 'resources/models'))
  return candidates.find((dir) => existsSync(join(dir, MODEL_DIR_NAME, MODEL_FILE))) ?? candidates[0]!
}

/** Loads the tagger model and lexicons and returns the recognizer with load time and provenance. */
export function loadRecognizerWithInfo(options: RecognizerLoadOptions = {}): LoadedRecognizer {
  const started = performance.now()
  const root = modelsRoot()
  const dir = options.modelDir ?? process.env['GALLEY_MODEL_DIR'] ?? join(root, MODEL_DIR_NAME)
  const modelPath = join(dir, MODEL_FILE)
  if (!existsSync(modelPath)) {
    throw new RecognizerLoadError('model-missing', `No tagger model at ${modelPath}. Train one with \`galley train --data PAGES.jsonl --out ${dir}\`.`)
  }
  const loaded = deserialiseModel(readFileSync(modelPath))
  if (!loaded.ok) throw new RecognizerLoadError(loaded.code, `${modelPath}: ${loaded.message}`)
  let builtInLexicon = EMPTY_LEXICON
  const builtinPath = join(root, BUILTIN_LEXICON)
  if (existsSync(builtinPath)) {
    const parsed = loadLexicon(JSON.parse(readFileSync(builtinPath, 'utf8')) as unknown)
    if (!parsed.ok) throw new RecognizerLoadError(parsed.code, `${builtinPath}: ${parsed.message}`)
    builtInLexicon = parsed.lexicon
  }
  const recognizer = createEntityRecognizer({
    model: loaded.bundle.model, gazetteer: loaded.bundle.gazetteer, builtInLexicon, ...(options.lexicon ? { lexicon: options.lexicon } : {})
  })
  // Warm up once so the first page does not pay for lazily built tables.
  recognizer.recognize('本报讯（记者 张三）昨天上午，北京市召开会议。', [])
  return { recognizer, modelPath, loadMs: performance.now() - started, meta: loaded.bundle.meta }
}

/** Loads the recognizer the engine uses by default (see loadRecognizerWithInfo). */
export function loadRecognizer(options: RecognizerLoadOptions = {}): EntityRecognizer {
  return loadRecognizerWithInfo(options).recognizer
}
