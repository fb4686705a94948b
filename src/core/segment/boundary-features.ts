import type { LineInfo, LineKind } from './line-kind'
import type { PageLine } from './page-lines'

/**
 * The evidence for "a new article starts at this line", as named binary features. Each feature
 * stands for a reason an editor would give: the line is headline-shaped, the line before closed
 * an article with a credit, the next line is a dateline lead, the line shares no vocabulary with
 * the article so far. A linear model (boundary-model.ts) weighs them; the weights are learned
 * from annotated pages by scripts/train-segmenter.ts.
 */

/** Kinds that may belong to an article's opening block (headline, subheadline, byline, notes). */
const OPENING_KINDS: ReadonlySet<LineKind> = new Set(['heading', 'byline', 'photo-note', 'date-note', 'label', 'numbered'])

/** Headings that always open a new item on a page. */
const ITEM_TITLES = new Set(['图片新闻', '新闻图片', '致读者', '信息廊', '简讯', '国际简讯', '国内简讯', '短讯', '图片报道', '本报讯'])

/**
 * A body paragraph that opens like a news item: a named subject, then when it happened
 * (…5日, 日前, 近日). A paragraph that opens with the date is narrative, not a new item.
 */
const NEWS_OPENING_RE = /^(?![0-9０-９〇一二三四五六七八九十今昨明前去本上下])[^，,。：:]{2,28}?(?:[0-9０-９一二三四五六七八九十]{1,3}日|日前|近日|最近|前不久|昨天|今天|前天)/

/** A paragraph opening that refers back to what came before: 他, 这, 该, 此外, 据介绍… */
const ANAPHORA_RE = /^(?:他|她|它|这|那|该|此|其|对此|为此|同时|此外|另外|但|而|因此|所以|于是|据悉|据介绍|据了解|他们|双方|会上|会议|与会|目前|随后|接着|然后|当天|此前|此间|不过|然而|还|也|又)/

/** A small integer for a Chinese character (0 for anything else), so bigram keys stay small integers. */
function hanIndex(c: number): number {
  if (c >= 0x3400 && c <= 0x9fff) return c - 0x3400 + 1
  if (c >= 0xf900 && c <= 0xfaff) return c - 0xf900 + 27649
  if (c >= 0xd840 && c <= 0xd8bf) return c - 0xd840 + 28161
  return 0
}

const HAN_SPAN = 28290

/** The Chinese character bigrams of a text, as integer keys in text order (repeats kept). */
export function bigramKeys(text: string): Int32Array {
  const keys = new Int32Array(Math.max(0, text.length - 1))
  let n = 0
  let previous = text.length > 0 ? hanIndex(text.charCodeAt(0)) : 0
  for (let i = 1; i < text.length; i++) {
    const current = hanIndex(text.charCodeAt(i))
    if (previous !== 0 && current !== 0) keys[n++] = previous * HAN_SPAN + current
    previous = current
  }
  return keys.subarray(0, n)
}

/**
 * The page's lines as bigram keys, how topical each bigram is, and where each bigram occurs
 * again. A bigram found on many lines (发展, 今天) says little about topic; one found on few
 * lines (a name, a place) says a lot, so overlaps are weighted by log(lines / lines containing
 * it). For every bigram of every line the nearest earlier and later line containing it are
 * recorded, so "does this line share words with the article so far" (lines s..i-1) is a
 * comparison per bigram, with no sets to build: computed once per page, linear.
 */
export class PageVocabulary {
  readonly keys: readonly Int32Array[]
  readonly weights: readonly Float64Array[]
  /** For each bigram of line i, the nearest earlier line containing it (-1 if none). */
  readonly previous: readonly Int32Array[]
  /** For each bigram of line i, the nearest later line containing it (lines.length if none). */
  readonly next: readonly Int32Array[]

  constructor(lines: readonly PageLine[]) {
    const keys = lines.map((line) => bigramKeys(line.text))
    // Each distinct bigram gets a dense id once (one Map lookup per bigram occurrence); the
    // per-bigram bookkeeping below then runs on typed arrays instead of several Map lookups each.
    const idOf = new Map<number, number>()
    const ids = keys.map((lineKeys) => {
      const lineIds = new Int32Array(lineKeys.length)
      for (let j = 0; j < lineKeys.length; j++) {
        const key = lineKeys[j] as number
        let id = idOf.get(key)
        if (id === undefined) { id = idOf.size; idOf.set(key, id) }
        lineIds[j] = id
      }
      return lineIds
    })
    const distinct = idOf.size
    const lineCounts = new Int32Array(distinct)
    const last = new Int32Array(distinct).fill(-1)
    const previous = ids.map((lineIds, i) => {
      const prev = new Int32Array(lineIds.length)
      for (let j = 0; j < lineIds.length; j++) prev[j] = last[lineIds[j] as number] as number
      for (let j = 0; j < lineIds.length; j++) {
        const id = lineIds[j] as number
        if (last[id] !== i) {
          last[id] = i
          lineCounts[id]!++
        }
      }
      return prev
    })
    const following = new Int32Array(distinct).fill(keys.length)
    const next: Int32Array[] = new Array<Int32Array>(keys.length)
    for (let i = keys.length - 1; i >= 0; i--) {
      const lineIds = ids[i] as Int32Array
      const nxt = new Int32Array(lineIds.length)
      for (let j = 0; j < lineIds.length; j++) nxt[j] = following[lineIds[j] as number] as number
      for (let j = 0; j < lineIds.length; j++) following[lineIds[j] as number] = i
      next[i] = nxt
    }
    const total = lines.length + 1
    this.keys = keys
    this.previous = previous
    this.next = next
    // Every bigram of a line is counted on that line, so its count is at least 1.
    this.weights = ids.map((lineIds) => {
      const w = new Float64Array(lineIds.length)
      for (let j = 0; j < lineIds.length; j++) w[j] = Math.log(total / (lineCounts[lineIds[j] as number] as number))
      return w
    })
  }

  /** Plain share of line i's bigrams that occur in lines [from, i). */
  shareSince(i: number, from: number): number {
    const prev = this.previous[i] as Int32Array
    if (prev.length === 0) return 0
    let shared = 0
    for (let j = 0; j < prev.length; j++) if ((prev[j] as number) >= from) shared++
    return shared / prev.length
  }

  /** Topic-weighted share of line i's bigrams that occur in lines [from, i). */
  topicalShareSince(i: number, from: number): number {
    const prev = this.previous[i] as Int32Array
    const weights = this.weights[i] as Float64Array
    let total = 0
    let shared = 0
    for (let j = 0; j < prev.length; j++) {
      const w = weights[j] as number
      total += w
      if ((prev[j] as number) >= from) shared += w
    }
    return total === 0 ? 0 : shared / total
  }

  /** Plain share of line i's bigrams that occur in lines (i, until]. */
  shareUntil(i: number, until: number): number {
    const nxt = this.next[i] as Int32Array
    if (nxt.length === 0) return 0
    let shared = 0
    for (let j = 0; j < nxt.length; j++) if ((nxt[j] as number) <= until) shared++
    return shared / nxt.length
  }
}

/** Running state of the article being built while the page is read top to bottom. */
export class ArticleState {
  /** Index of the article's first line. */
  start = 0
  linesSinceStart = 0
  hasLead = false
  hasByline = false
  /** Headings seen after the article's opening block (section headings). */
  innerHeadings = 0
  /** The article opened with running text or a lead, not a headline (a brief). */
  headless = false
  /** Paragraphs of running text in the article. */
  paragraphs = 0
  /** Characters in the article so far. */
  chars = 0
  /** Every line so far belongs to the opening block (headline, subheadline, byline…). */
  opening = true

  constructor(readonly vocabulary: PageVocabulary) {}

  reset(start: number): void {
    this.start = start
    this.linesSinceStart = 0
    this.hasLead = false
    this.hasByline = false
    this.innerHeadings = 0
    this.headless = false
    this.paragraphs = 0
    this.chars = 0
    this.opening = true
  }

  /** Adds line `index` to the current article. */
  add(index: number, line: PageLine, info: LineInfo): void {
    this.opening = this.opening && OPENING_KINDS.has(info.kind)
    const inOpeningBlock = this.opening
    if (this.linesSinceStart === 0) this.headless = info.kind === 'body' || info.kind === 'lead'
    this.linesSinceStart++
    this.chars += line.text.length
    if (info.kind === 'body' || info.kind === 'lead') this.paragraphs++
    if (info.kind === 'lead') this.hasLead = true
    if (info.kind === 'byline' || (info.nameLike && inOpeningBlock)) this.hasByline = true
    if (info.kind === 'heading' && !inOpeningBlock) this.innerHeadings++
    void index
  }

  /** Share of line i's Chinese bigrams that already occur in the article. */
  overlap(i: number): number {
    return this.vocabulary.shareSince(i, this.start)
  }

  /** The same share, each bigram weighted by how topical it is on this page. */
  topicalOverlap(i: number): number {
    return this.vocabulary.topicalShareSince(i, this.start)
  }

  /** Copies this state (the decoder forks a reading when it considers two options). */
  clone(): ArticleState {
    return Object.assign(new ArticleState(this.vocabulary), this)
  }
}

function lengthBucket(n: number): string {
  if (n <= 4) return 'xs'
  if (n <= 8) return 's'
  if (n <= 14) return 'm'
  if (n <= 22) return 'l'
  if (n <= 40) return 'xl'
  if (n <= 120) return 'p'
  return 'pp'
}

function shareBucket(x: number): string {
  if (x <= 0) return '0'
  if (x <= 0.15) return '1'
  if (x <= 0.3) return '2'
  if (x <= 0.5) return '3'
  return '4'
}

/** Finer buckets at the low end, where a new item's overlap with the article above lies. */
function lowShareBucket(x: number): string {
  if (x < 0.03) return 'a'
  if (x < 0.06) return 'b'
  if (x < 0.1) return 'c'
  if (x < 0.2) return 'd'
  if (x < 0.35) return 'e'
  return 'f'
}

function charsBucket(n: number): string {
  if (n < 150) return 's'
  if (n < 400) return 'm'
  return 'l'
}

function sinceBucket(n: number): string {
  if (n <= 1) return '1'
  if (n <= 2) return '2'
  if (n <= 5) return '5'
  if (n <= 10) return '10'
  return 'n'
}

/** Groups line kinds the way the features use them. */
function kindOf(info: LineInfo | undefined): string {
  if (!info) return 'none'
  if (info.kind === 'body' && info.endsWithCredit) return 'body-credited'
  if (info.kind === 'body' && info.endsWithPhotoCredit) return 'caption'
  return info.kind
}

/**
 * What is known about line i without knowing where the current article started: the line's
 * own features (computed once per line) and the values the state-dependent features combine.
 */
export interface LineContext {
  readonly index: number
  readonly k: string
  readonly pk: string
  readonly staticFeatures: readonly string[]
  /** The line is a body paragraph or lead that opens like a news item. */
  readonly news: boolean
  readonly anaphora: boolean
  /** Next-line evidence for a run of briefs ('' when it does not apply). */
  readonly nextNews: string
  readonly nextOv: string
}

/** The state-independent features of line i. */
export function lineContext(lines: readonly PageLine[], infos: readonly LineInfo[], i: number, vocabulary: PageVocabulary): LineContext {
  const info = infos[i] as LineInfo
  const line = lines[i] as PageLine
  const prev = infos[i - 1]
  const next = infos[i + 1]
  const next2 = infos[i + 2]
  const k = kindOf(info)
  const pk = kindOf(prev)
  const nk = kindOf(next)
  const nnk = kindOf(next2)
  const prevCloses =
    prev !== undefined &&
    (prev.endsWithCredit || prev.kind === 'credit' || prev.kind === 'photo-credit' || prev.kind === 'signature' || prev.endsWithPhotoCredit)
  const len = lengthBucket(info.length)
  const f: string[] = [
    'bias',
    `k:${k}`,
    `pk:${pk}`,
    `nk:${nk}`,
    `k:${k}|pk:${pk}`,
    `k:${k}|nk:${nk}`,
    `k:${k}|pk:${pk}|nk:${nk}`,
    `k:${k}|nk:${nk}|nnk:${nnk}`,
    `k:${k}|len:${len}`,
    `k:${k}|len:${len}|nk:${nk}`
  ]
  if (prevCloses) f.push('pclose', `pclose|k:${k}`, `pclose|k:${k}|nk:${nk}`)
  if (prev?.endsSentence) f.push(`psent|k:${k}`)
  if (info.photoMark) f.push(`photoMark|k:${k}`)
  if (info.attachedPhotoMark) f.push('attachedPhoto')
  if (info.nameLike) f.push(`nameLike|pk:${pk}`)
  if (info.colonHeading) f.push('colonHeading')
  if (info.quoted) f.push('quoted')
  if (info.exclaims) f.push(`exclaims|k:${k}`)
  if (ITEM_TITLES.has(line.text)) f.push('itemTitle')
  if (k === 'heading' || k === 'body' || k === 'lead') f.push(`k:${k}|cohNext:${shareBucket(vocabulary.shareUntil(i, i + 3))}`)

  let news = false
  let anaphora = false
  let nextNews = ''
  let nextOv = ''
  if (k === 'body' || k === 'body-credited' || k === 'lead') {
    const head = line.text.length > 40 ? line.text.slice(0, 40) : line.text
    news = NEWS_OPENING_RE.test(head)
    anaphora = ANAPHORA_RE.test(head)
    if (news) f.push(`newsOpening|pk:${pk}`)
    if (anaphora) f.push(`anaphora|k:${k}`)
    // A run of unrelated one-paragraph items: this paragraph shares little with the next one,
    // which opens like a news item too.
    const nextLine = lines[i + 1]
    if (nextLine && (nk === 'body' || nk === 'body-credited' || nk === 'lead')) {
      const nextHead = nextLine.text.length > 40 ? nextLine.text.slice(0, 40) : nextLine.text
      nextNews = String(NEWS_OPENING_RE.test(nextHead))
      nextOv = lowShareBucket(vocabulary.topicalShareSince(i + 1, i))
      f.push(`k:${k}|news:${news}|nextNews:${nextNews}|nextOv:${nextOv}`)
    }
  }
  return { index: i, k, pk, staticFeatures: f, news, anaphora, nextNews, nextOv }
}

/** The features of line i that depend on the article built so far. */
export function stateFeatures(ctx: LineContext, state: ArticleState): string[] {
  const { k, pk } = ctx
  const coh = shareBucket(state.overlap(ctx.index))
  const since = sinceBucket(state.linesSinceStart)
  const alen = charsBucket(state.chars)
  const f: string[] = [
    `k:${k}|coh:${coh}`,
    `k:${k}|pk:${pk}|coh:${coh}`,
    `k:${k}|since:${since}`,
    `k:${k}|pk:${pk}|since:${since}`,
    `k:${k}|paras:${Math.min(state.paragraphs, 4)}`
  ]
  if (state.headless) f.push(`artHeadless|k:${k}`, `artHeadless|k:${k}|paras:${Math.min(state.paragraphs, 3)}`)
  if (state.hasLead) f.push(`artLead|k:${k}`)
  if (state.hasByline) f.push(`artByline|k:${k}`)
  if (state.innerHeadings > 0) f.push(`artInnerHeadings|k:${k}`)
  if (k === 'heading') f.push(`k:heading|coh:${coh}|alen:${alen}`, `k:heading|tov:${lowShareBucket(state.topicalOverlap(ctx.index))}|alen:${alen}`)
  if (k === 'body' || k === 'body-credited' || k === 'lead') {
    const ov = lowShareBucket(state.topicalOverlap(ctx.index))
    f.push(`k:${k}|ov:${ov}|alen:${alen}`, `k:${k}|ov:${ov}|news:${ctx.news}|ana:${ctx.anaphora}`, `k:${k}|ov:${ov}|pk:${pk}`)
    if (ctx.news) f.push(`newsOpening|coh:${coh}`, `newsOpening|headless:${state.headless}`, `newsOpening|ov:${ov}|alen:${alen}`)
    if (ctx.nextNews) f.push(`k:${k}|ov:${ov}|nextNews:${ctx.nextNews}|nextOv:${ctx.nextOv}`)
  }
  return f
}
