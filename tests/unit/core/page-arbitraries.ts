import fc from 'fast-check'

/**
 * Random newspaper-like pages for property tests: headline blocks, leads, body paragraphs with
 * ASCII and full-width punctuation, credits, photo credits, astral characters and Latin text,
 * joined with every kind of line break, with paragraphs cut by column breaks (sometimes doubling
 * a character across the cut), then optionally mutated with random noise.
 */

const HAN = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由'
const PUNCT = ['，', '。', '、', ',', '.', '(', ')', ':', ';', '?', '!', '“', '”', '——', '《', '》']
const ASTRAL = ['😀', '🎉', '𠮷', '𡘙', '𪚥']

const hanWord = fc.array(fc.constantFrom(...Array.from(HAN)), { minLength: 1, maxLength: 6 }).map((a) => a.join(''))

const clause = fc
  .array(fc.oneof({ weight: 8, arbitrary: hanWord }, { weight: 1, arbitrary: fc.constantFrom(...ASTRAL) }, { weight: 1, arbitrary: fc.constantFrom('5.5亿元', '2024年', '40亩', 'ABCP', '95X', '1,000', '10:30') }), {
    minLength: 1,
    maxLength: 8
  })
  .map((a) => a.join(''))

const sentence = fc
  .tuple(fc.array(fc.tuple(clause, fc.constantFrom(...PUNCT)), { minLength: 0, maxLength: 4 }), clause, fc.constantFrom('。', '！', '？', '.', '。”'))
  .map(([parts, last, end]) => parts.map(([c, p]) => c + p).join('') + last + end)

const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((a) => a.join(''))
const headline = fc.array(hanWord, { minLength: 1, maxLength: 4 }).map((a) => a.join(''))
const lead = fc.tuple(fc.constantFrom('本报讯(记者 张三)', '本报讯（记者 黄雅婷）', '新华社北京1月1日电(记者李四)', '据新华社莫斯科12月30日电', '本報訊(記者 張可馨)'), paragraph).map(([l, p]) => l + p)
const credit = fc.constantFrom('（杜中武孙传刚）', '(新华社记者兰红光摄)', '图为项目航拍。徐晶玮 摄', '（新华社北京1月1日电）', '本报记者刘工践', '(附图片1张)')
const latin = fc.constantFrom('City council approves new budget', 'The mayor said the plan was balanced, after a long debate.')

const block = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(fc.array(headline, { minLength: 1, maxLength: 3 }), lead, fc.array(paragraph, { maxLength: 3 })).map(([h, l, p]) => [...h, l, ...p]) },
  { weight: 2, arbitrary: fc.array(paragraph, { minLength: 1, maxLength: 3 }) },
  { weight: 1, arbitrary: fc.tuple(headline, paragraph, credit).map(([h, p, c]) => [h, p, c]) },
  { weight: 1, arbitrary: fc.tuple(latin, latin).map(([a, b]) => [a, b]) }
)

const lineBreak = fc.constantFrom('\n\n', '\n', '\r\n\r\n', '\r\n', '\n \n', ' \n\n\u3000', '\r\r', '\n\n\n')

/** Cuts a paragraph at a random point with a blank line, sometimes doubling the character there. */
const cutParagraph = (text: string): fc.Arbitrary<string> =>
  fc.tuple(fc.nat({ max: Math.max(0, text.length - 1) }), fc.boolean()).map(([at, doubled]) => {
    if (text.length < 4 || at === 0) return text
    // Never cut a surrogate pair.
    let cut = at
    const code = text.charCodeAt(cut)
    if (code >= 0xdc00 && code <= 0xdfff) cut--
    if (cut <= 0) return text
    const before = text.slice(0, cut)
    const after = text.slice(cut)
    const last = before.charCodeAt(before.length - 1)
    const dup = doubled && last >= 0x4e00 && last <= 0x9fff ? before.charAt(before.length - 1) : ''
    return `${before}\n\n${dup}${after}`
  })

/** A random page of newspaper-like text. */
export const pageArbitrary: fc.Arbitrary<string> = fc
  .array(block, { minLength: 0, maxLength: 5 })
  .chain((blocks) => {
    const lines = blocks.flat()
    return fc.tuple(
      fc.tuple(...lines.map((l) => fc.oneof({ weight: 4, arbitrary: fc.constant(l) }, { weight: 1, arbitrary: cutParagraph(l) }))),
      fc.array(lineBreak, { minLength: lines.length + 1, maxLength: lines.length + 1 }),
      fc.constantFrom('', '\n\n', '\ufeff', '  ')
    )
  })
  .map(([lines, breaks, prefix]) => prefix + lines.map((l, i) => l + (breaks[i] ?? '\n')).join(''))

/** A page with random damage: inserted noise, deleted ranges, lone surrogates. */
export const mutatedPageArbitrary: fc.Arbitrary<string> = fc
  .tuple(pageArbitrary, fc.array(fc.tuple(fc.nat(), fc.nat({ max: 6 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 4 }))
  .map(([page, edits]) => {
    let text = page
    for (const [at, remove, insert] of edits) {
      const p = text.length === 0 ? 0 : at % (text.length + 1)
      text = text.slice(0, p) + insert + text.slice(p + remove)
    }
    return text
  })

/** Random entity spans over a derived text: (start, length) pairs resolved against the text. */
export const spanSeeds = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 8 })), { maxLength: 12 })
