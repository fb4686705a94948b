import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { TaggedWord } from '../../../../src/core/model/ports'
import type { TrainingExample } from '../../../../src/core/learn/train-tagger'

/** The synthetic corpus in tests/fixtures/tag (written for these tests) as training examples. */
interface Fixture {
  readonly sentences: Array<[string, Array<[number, number, string]>]>
  readonly heldOut: [string, Array<[number, number, string]>]
}

export const fixture = JSON.parse(readFileSync(fileURLToPath(new URL('../../../fixtures/tag/tiny-corpus.json', import.meta.url)), 'utf8')) as Fixture

/** A stand-in for jieba: one word per character, all tagged x. */
export const charWords = (text: string): TaggedWord[] => [...text].map((word) => ({ word, tag: 'x' }))

export const toExample = ([text, entities]: [string, Array<[number, number, string]>], group: number): TrainingExample => ({
  text, words: charWords(text), entities: entities.map(([start, end, type]) => ({ start, end, type })), group
})
