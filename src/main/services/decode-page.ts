import iconv from 'iconv-lite'
import jschardet from 'jschardet'
import type { ErrorCode, ErrorInfo } from '../../shared/errors'
import { MAX_PAGE_FILE_BYTES } from '../../shared/ipc/limits'
import type { SourceEncoding } from '../../shared/model/edition'

/**
 * Turning a page file's bytes into text. Pages come as UTF-8 (with or without a BOM), UTF-16
 * with a BOM, or the legacy Chinese encodings GB18030 (GBK, GB2312) and Big5. Anything empty,
 * binary, too large or undecodable is refused with an error a person can act on.
 */

/** The largest page Galley opens: 20 MB (the same limit the IPC schema and the renderer apply). */
export const MAX_PAGE_BYTES = MAX_PAGE_FILE_BYTES

/** A page that cannot be opened, with the reason as a code and a message for the person. */
export class PageDecodeError extends Error implements ErrorInfo {
  constructor(
    readonly code: Extract<ErrorCode, 'FILE_EMPTY' | 'FILE_BINARY' | 'FILE_TOO_LARGE' | 'FILE_UNDECODABLE'>,
    message: string
  ) {
    super(message)
    this.name = 'PageDecodeError'
  }

  toInfo(): ErrorInfo {
    return { code: this.code, message: this.message }
  }
}

export interface DecodedPage {
  /** The page text, BOM removed. */
  readonly text: string
  readonly encoding: SourceEncoding
}

export type DecodeResult = ({ readonly ok: true } & DecodedPage) | { readonly ok: false; readonly error: ErrorInfo }

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}

/** Control bytes that never occur in text (everything below 0x20 except tab, LF, VT, FF, CR, ESC). */
function isControlByte(b: number): boolean {
  return b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b
}

function looksBinary(bytes: Uint8Array): boolean {
  let control = 0
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number
    if (b === 0) return true
    if (isControlByte(b)) control++
  }
  return control > 8 && control / bytes.length > 0.01
}

function decodedLooksBinary(text: string): boolean {
  let control = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0) return true
    if (isControlByte(c)) control++
  }
  return control > 8 && control / text.length > 0.01
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

/** Characters frequent in Chinese text in both scripts: a correct decoding is full of them. */
const COMMON =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞' +
  '這個們來時為會國說對發們學經現實點過與麼問長開關當體種動還應於義從業東門見進間頭權無條幾處將兩'

const COMMON_SET = new Set(Array.from(COMMON, (c) => c.charCodeAt(0)))

/** How plausible a decoding is: share of common Chinese characters, penalised by U+FFFD. */
function plausibility(text: string): number {
  let han = 0
  let common = 0
  let bad = 0
  const n = Math.min(text.length, 200_000)
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c === 0xfffd) bad++
    else if (c >= 0x4e00 && c <= 0x9fff) {
      han++
      if (COMMON_SET.has(c)) common++
    }
  }
  if (han === 0) return bad > 0 ? -1 : 0
  return common / han - (bad * 5) / Math.max(1, n)
}

function decodeLegacy(bytes: Uint8Array): DecodedPage | null {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const sample = buffer.subarray(0, 256 * 1024)
  const guess = jschardet.detect(sample)
  const name = (guess.encoding ?? '').toLowerCase()
  const candidates: SourceEncoding[] = name === 'big5' ? ['big5', 'gb18030'] : ['gb18030', 'big5']
  let best: { page: DecodedPage; score: number } | null = null
  for (const encoding of candidates) {
    const text = iconv.decode(buffer, encoding)
    const score = plausibility(text)
    if (!best || score > best.score) best = { page: { text, encoding }, score }
    // A confident detection that decodes cleanly is taken as is.
    if (encoding === candidates[0] && guess.confidence >= 0.5 && (name.startsWith('gb') || name === 'big5') && score > 0.5) break
  }
  if (!best || best.score < 0.2) return null
  return best.page
}

/**
 * Decodes a page file's bytes. Throws PageDecodeError (FILE_EMPTY, FILE_BINARY, FILE_TOO_LARGE,
 * FILE_UNDECODABLE) when the bytes are not a page Galley can open.
 */
export function decodePage(bytes: Uint8Array, fileName = 'The file'): DecodedPage {
  if (bytes.byteLength > MAX_PAGE_BYTES) {
    throw new PageDecodeError('FILE_TOO_LARGE', `${fileName} is ${megabytes(bytes.byteLength)}; Galley opens pages up to ${megabytes(MAX_PAGE_BYTES)}. Split it into smaller files.`)
  }
  if (bytes.byteLength === 0) {
    throw new PageDecodeError('FILE_EMPTY', `${fileName} is empty. Choose the text file of a page.`)
  }
  const b0 = bytes[0]
  const b1 = bytes[1]
  // UTF-16 with a byte-order mark (its ASCII characters contain NUL bytes, so check it first).
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    const encoding: SourceEncoding = b0 === 0xff ? 'utf-16le' : 'utf-16be'
    if (bytes.byteLength % 2 !== 0) {
      throw new PageDecodeError('FILE_UNDECODABLE', `${fileName} starts like UTF-16 text but has an odd number of bytes; it may be truncated. Save it again as UTF-8.`)
    }
    const text = stripBom(new TextDecoder(encoding).decode(bytes))
    if (decodedLooksBinary(text)) throw new PageDecodeError('FILE_BINARY', `${fileName} is not a text file. Choose the extracted text of a page (.txt).`)
    if (text.trim() === '') throw new PageDecodeError('FILE_EMPTY', `${fileName} contains no text. Choose the text file of a page.`)
    return { text, encoding }
  }
  if (looksBinary(bytes)) {
    throw new PageDecodeError('FILE_BINARY', `${fileName} is not a text file (it contains binary data). Choose the extracted text of a page (.txt), not a PDF, image or document.`)
  }
  const hasBom = b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf
  let text: string | null
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    text = null
  }
  if (text !== null) {
    const page: DecodedPage = hasBom ? { text: text.slice(1), encoding: 'utf-8-bom' } : { text, encoding: 'utf-8' }
    if (page.text.trim() === '') throw new PageDecodeError('FILE_EMPTY', `${fileName} contains no text. Choose the text file of a page.`)
    return page
  }
  const legacy = decodeLegacy(bytes)
  if (!legacy) {
    throw new PageDecodeError('FILE_UNDECODABLE', `${fileName} is not in an encoding Galley reads (UTF-8, UTF-16, GB18030/GBK or Big5). Save it again as UTF-8 and reopen it.`)
  }
  if (legacy.text.trim() === '') throw new PageDecodeError('FILE_EMPTY', `${fileName} contains no text. Choose the text file of a page.`)
  return legacy
}

/** decodePage as a result value instead of an exception (for the IPC layer). */
export function tryDecodePage(bytes: Uint8Array, fileName?: string): DecodeResult {
  try {
    return { ok: true, ...decodePage(bytes, fileName) }
  } catch (error) {
    if (error instanceof PageDecodeError) return { ok: false, error: error.toInfo() }
    throw error
  }
}
