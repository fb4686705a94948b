import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { decodePage, MAX_PAGE_BYTES, PageDecodeError, tryDecodePage } from '../../../src/main/services/decode-page'

const PAGE = '区政府与南京银行达成战略合作\n\n本报讯(记者 张可馨)昨天下午,武进区人民政府与南京银行常州分行签署战略合作协议。市委常委、区委书记乔俊杰参加活动。'
const TRADITIONAL = '區政府與南京銀行達成戰略合作\n\n本報訊(記者 張可馨)昨天下午,武進區人民政府與南京銀行常州分行簽署戰略合作協議。市委常委、區委書記喬俊傑參加活動。'

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)

function codeOf(bytes: Uint8Array): string | undefined {
  try {
    decodePage(bytes)
    return undefined
  } catch (error) {
    return error instanceof PageDecodeError ? error.code : 'unexpected'
  }
}

describe('decodePage', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodePage(utf8(PAGE))).toEqual({ text: PAGE, encoding: 'utf-8' })
  })

  it('reads UTF-8 with a BOM and removes it', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(PAGE)])
    expect(decodePage(bytes)).toEqual({ text: PAGE, encoding: 'utf-8-bom' })
  })

  it('reads UTF-16 LE and BE with a BOM', () => {
    expect(decodePage(new Uint8Array(iconv.encode(PAGE, 'utf-16le', { addBOM: true })))).toEqual({ text: PAGE, encoding: 'utf-16le' })
    const be = iconv.encode(PAGE, 'utf-16be')
    expect(decodePage(new Uint8Array([0xfe, 0xff, ...be]))).toEqual({ text: PAGE, encoding: 'utf-16be' })
  })

  it('reads GB18030 and Big5', () => {
    expect(decodePage(new Uint8Array(iconv.encode(PAGE, 'gb18030')))).toEqual({ text: PAGE, encoding: 'gb18030' })
    expect(decodePage(new Uint8Array(iconv.encode(TRADITIONAL, 'big5')))).toEqual({ text: TRADITIONAL, encoding: 'big5' })
  })

  it('keeps astral characters and CRLF as they are', () => {
    const text = '春节联欢晚会😀\r\n\r\n观众𠮷祥如意。'
    expect(decodePage(utf8(text)).text).toBe(text)
  })

  it('refuses an empty file, or one with nothing but whitespace', () => {
    expect(codeOf(new Uint8Array())).toBe('FILE_EMPTY')
    expect(codeOf(utf8(' \n\r\n\t'))).toBe('FILE_EMPTY')
    expect(codeOf(new Uint8Array([0xef, 0xbb, 0xbf]))).toBe('FILE_EMPTY')
  })

  it('refuses binary data (NUL bytes, control characters)', () => {
    expect(codeOf(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0x03]))).toBe('FILE_BINARY')
    const controls = new Uint8Array(2000).map((_, i) => (i % 10 === 0 ? 0x07 : 0x41))
    expect(codeOf(controls)).toBe('FILE_BINARY')
  })

  it('refuses a file over 20 MB', () => {
    expect(codeOf(new Uint8Array(MAX_PAGE_BYTES + 1).fill(0x41))).toBe('FILE_TOO_LARGE')
  })

  it('reads a page of exactly 20 MB', () => {
    expect(decodePage(new Uint8Array(MAX_PAGE_BYTES).fill(0x41)).text.length).toBe(MAX_PAGE_BYTES)
  })

  it('refuses bytes that are no encoding it reads', () => {
    const latin1 = new Uint8Array(iconv.encode('Ça coûte très cher, déjà à Noël: élève, garçon, œuvre.', 'latin1'))
    expect(codeOf(latin1)).toBe('FILE_UNDECODABLE')
  })

  it('returns errors as values with a message a person can act on', () => {
    const result = tryDecodePage(new Uint8Array(), 'page-3.txt')
    expect(result).toEqual({ ok: false, error: { code: 'FILE_EMPTY', message: expect.stringContaining('page-3.txt') } })
  })
})
