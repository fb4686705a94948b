import { describe, expect, it } from 'vitest'
import { deserialiseModel, serialiseModel } from '../../../../src/core/learn/model-format'
import { collectNames, trainTagger } from '../../../../src/core/learn/train-tagger'
import { createLexicon } from '../../../../src/core/tag/lexicon'
import { createEntityRecognizer } from '../../../../src/core/tag/recognizer'
import { charWords, fixture, toExample } from './tiny-corpus'

const examples = fixture.sentences.map((s, i) => toExample(s, i))
const trained = trainTagger(examples, { bits: 14, epochs: 8, gazetteer: false })

describe('trainTagger', () => {
  it('learns the training sentences it was shown', () => {
    const recognizer = createEntityRecognizer({ model: trained.model })
    const [text, gold] = fixture.sentences[0]!
    const found = recognizer.recognize(text, charWords(text))
    expect(found.map((e) => [e.start, e.end, e.type])).toEqual(gold)
    expect(found.filter((e) => e.signal === 'model').length).toBeGreaterThanOrEqual(2)
  })

  it('tags an unseen sentence of the same shape (byline name, model time)', () => {
    const recognizer = createEntityRecognizer({ model: trained.model })
    const [text] = fixture.heldOut
    const people = recognizer.recognize(text, charWords(text)).filter((e) => e.type === 'PERSON')
    expect(people.map((e) => text.slice(e.start, e.end))).toEqual(['吴国强'])
    const all = recognizer.recognize(text, charWords(text))
    expect(all.some((e) => e.type === 'TIME' && e.signal === 'model' && text.slice(e.start, e.end) === '昨天')).toBe(true)
    for (const e of people) {
      expect(e.confidence).toBeGreaterThan(0)
      expect(e.confidence).toBeLessThanOrEqual(1)
    }
  })

  it('averages an ensemble of differently shuffled models into one that still fits the data', () => {
    const ensemble = trainTagger(examples, { bits: 14, epochs: 8, gazetteer: false, ensemble: 3 })
    expect(ensemble.model.weights).not.toEqual(trained.model.weights)
    const recognizer = createEntityRecognizer({ model: ensemble.model })
    const [text, gold] = fixture.sentences[2]!
    expect(recognizer.recognize(text, charWords(text)).map((e) => [e.start, e.end, e.type])).toEqual(gold)
  })

  it('collects a gazetteer of names with their types, leaving out times', () => {
    const names = collectNames(examples)
    expect(names.names.get('北京市政府')).toBe('ORG')
    expect(names.names.get('广州')).toBe('PLACE')
    expect(names.names.has('昨天')).toBe(false)
  })
})

describe('model file format', () => {
  it('round-trips weights, transitions, gazetteer and provenance', () => {
    const gazetteer = createLexicon([['张明华', 'PERSON']])
    const bytes = serialiseModel({ model: trained.model, gazetteer, meta: { epochs: 8, note: '测试' } })
    // Load from an unaligned view of a larger buffer, as a file read can give.
    const padded = new Uint8Array(bytes.length + 3)
    padded.set(bytes, 3)
    const loaded = deserialiseModel(padded.subarray(3))
    expect(loaded.ok).toBe(true)
    if (!loaded.ok) return
    expect(loaded.bundle.model.weights).toEqual(trained.model.weights)
    expect(loaded.bundle.model.transitions).toEqual(trained.model.transitions)
    expect(loaded.bundle.gazetteer.names.get('张明华')).toBe('PERSON')
    expect(loaded.bundle.meta).toEqual({ epochs: 8, note: '测试' })
  })

  it('refuses a truncated or foreign file with a code and a message', () => {
    const bytes = serialiseModel({ model: trained.model, gazetteer: createLexicon([]), meta: {} })
    const truncated = deserialiseModel(bytes.subarray(0, bytes.length - 10))
    expect(truncated.ok).toBe(false)
    if (!truncated.ok) expect(truncated.code).toBe('model-invalid')
    const foreign = deserialiseModel(new TextEncoder().encode('{"not":"a model"}'))
    expect(foreign.ok).toBe(false)
    if (!foreign.ok) expect(foreign.message).toContain('galley train')
  })
})
