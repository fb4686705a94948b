import { Jieba } from '@node-rs/jieba'
import { dict } from '@node-rs/jieba/dict'
import type { TaggedWord, WordTagger } from '../../core/model/ports'

let shared: Jieba | null = null

/** The @node-rs/jieba segmenter with its bundled dictionary, loaded once per process. */
export function getJieba(): Jieba {
  shared ??= Jieba.withDict(dict)
  return shared
}

/** A WordTagger backed by @node-rs/jieba's `tag` (POS tags: nr person, ns place, nt organisation…). */
export function createJiebaTagger(jieba: Jieba = getJieba()): WordTagger {
  return (text: string): readonly TaggedWord[] => (text.length === 0 ? [] : jieba.tag(text))
}
