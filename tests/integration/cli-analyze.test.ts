import { spawnSync } from 'node:child_process'
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import iconv from 'iconv-lite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/index'

const ROOT = resolve(__dirname, '../..')
const SAMPLE = join(ROOT, 'resources/samples/wujin-2024-sample.txt')
const FIXTURES = join(ROOT, 'tests/fixtures/pages')

const ARTICLE_KEYS = ['body', 'dateline', 'entities', 'headline', 'kind', 'photographers', 'reporters', 'sourceEnd', 'sourceStart', 'subheadlines']
const ENTITY_KEYS = ['sourceEnd', 'sourceStart', 'text', 'type']
const REPAIR_KEYS = ['after', 'before', 'kind', 'sourceEnd', 'sourceStart']

interface ContractPage {
  file: string
  articles: { kind: string; headline: string; subheadlines: string[]; reporters: string[]; photographers: string[]; dateline: string | null; body: string; sourceStart: number; sourceEnd: number; entities: { type: string; text: string; sourceStart: number; sourceEnd: number }[] }[]
  repairs: { kind: string; sourceStart: number; sourceEnd: number; before: string; after: string }[]
}

async function cli(...args: string[]): Promise<{ status: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const status = await runCli(args, { out: (text) => { out += text }, err: (text) => { err += text } })
  return { status, out, err }
}

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'galley-analyze-'))
  await copyFile(SAMPLE, join(dir, 'sample.txt'))
  await copyFile(join(FIXTURES, 'mini-page-crlf.txt'), join(dir, 'crlf.txt'))
  const page = await import('node:fs/promises').then((fs) => fs.readFile(join(FIXTURES, 'mini-page.txt'), 'utf8'))
  await writeFile(join(dir, 'gb18030.txt'), iconv.encode(page, 'gb18030'))
  await writeFile(join(dir, 'utf16.txt'), iconv.encode(page, 'utf-16le', { addBOM: true }))
  await writeFile(join(dir, 'bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page, 'utf8')]))
  await writeFile(join(dir, 'empty.txt'), '')
  await writeFile(join(dir, 'scan.pdf'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x00, 0x00, 0x01, 0x02]))
})
afterAll(async () => rm(dir, { recursive: true, force: true }))

describe('galley analyze --jsonl', () => {
  it('prints the contract for the sample page: four items, headlines, reporters, photographer, seven column breaks', async () => {
    const { status, out, err } = await cli('analyze', join(dir, 'sample.txt'), '--jsonl')
    expect(err).toBe('')
    expect(status).toBe(0)
    const lines = out.trim().split('\n')
    expect(lines).toHaveLength(1)
    const page = JSON.parse(lines[0] as string) as ContractPage
    expect(Object.keys(page).sort()).toEqual(['articles', 'file', 'repairs'])
    expect(page.file).toBe(join(dir, 'sample.txt'))
    for (const a of page.articles) {
      expect(Object.keys(a).sort()).toEqual(ARTICLE_KEYS)
      for (const e of a.entities) expect(Object.keys(e).sort()).toEqual(ENTITY_KEYS)
    }
    for (const r of page.repairs) expect(Object.keys(r).sort()).toEqual(REPAIR_KEYS)

    expect(page.articles.map((a) => a.kind)).toEqual(['news', 'news', 'news', 'photo'])
    expect(page.articles.map((a) => a.headline)).toEqual(['区委理论学习中心组（扩大）学习会召开', '区政府与南京银行达成战略合作', '区政府第31次常务会议召开', '重点项目进行时'])
    expect(page.articles[0]?.subheadlines).toEqual(['学习宣传贯彻全会精神', '努力书写好中国式现代化武进答卷'])
    expect(page.articles.flatMap((a) => a.reporters)).toEqual(['黄雅婷', '张可馨', '朱梦琪'])
    expect(page.articles[3]?.photographers).toEqual(['徐晶玮'])
    expect(page.articles[2]?.body).toContain('营造良好的氛围')
    const breaks = page.repairs.filter((r) => r.kind === 'column-break')
    expect(breaks).toHaveLength(7)
    expect(breaks.some((r) => r.before === '好\n\n好' && r.after === '好')).toBe(true)
  })

  it('keeps every offset a UTF-16 offset into the decoded text, entity quotes included', async () => {
    const source = await import('node:fs/promises').then((fs) => fs.readFile(SAMPLE, 'utf8'))
    const page = JSON.parse((await cli('analyze', SAMPLE, '--jsonl')).out) as ContractPage
    for (const r of page.repairs) expect(source.slice(r.sourceStart, r.sourceEnd)).toBe(r.before)
    for (const a of page.articles) {
      for (const e of a.entities) {
        expect(e.sourceStart).toBeGreaterThanOrEqual(a.sourceStart)
        expect(e.sourceEnd).toBeLessThanOrEqual(a.sourceEnd)
        // The quote is the source slice with the repairs inside it applied.
        let quoted = ''
        let pos = e.sourceStart
        for (const r of page.repairs) {
          if (r.sourceStart < pos || r.sourceEnd > e.sourceEnd) continue
          quoted += source.slice(pos, r.sourceStart) + r.after
          pos = r.sourceEnd
        }
        expect(quoted + source.slice(pos, e.sourceEnd)).toBe(e.text)
      }
    }
  })

  it('decodes GB18030, UTF-16 with BOM, UTF-8 with BOM and CRLF files to the same analysis', async () => {
    const files = ['gb18030.txt', 'utf16.txt', 'bom.txt', 'crlf.txt'].map((f) => join(dir, f))
    const { status, out } = await cli('analyze', ...files, '--jsonl')
    expect(status).toBe(0)
    const pages = out.trim().split('\n').map((l) => JSON.parse(l) as ContractPage)
    expect(pages.map((p) => p.file)).toEqual(files)
    const shapes = pages.map((p) => p.articles.map((a) => [a.kind, a.headline, a.body]))
    for (const shape of shapes) expect(shape).toEqual(shapes[0])
  })

  it('names unreadable files on stderr with the reason, still analyses the others in order, and exits 1', async () => {
    const missing = join(dir, 'missing.txt')
    const { status, out, err } = await cli('analyze', missing, join(dir, 'sample.txt'), join(dir, 'empty.txt'), join(dir, 'scan.pdf'), join(dir, 'crlf.txt'), '--jsonl')
    expect(status).toBe(1)
    expect(out.trim().split('\n').map((l) => (JSON.parse(l) as ContractPage).file)).toEqual([join(dir, 'sample.txt'), join(dir, 'crlf.txt')])
    expect(err).toContain(`${missing}: missing.txt was not found`)
    expect(err).toContain('FILE_NOT_FOUND')
    expect(err).toContain('empty.txt is empty')
    expect(err).toContain('scan.pdf is not a text file')
  })

  it('prints a readable summary without --jsonl, and usage errors exit 2', async () => {
    const { status, out } = await cli('analyze', join(dir, 'sample.txt'))
    expect(status).toBe(0)
    expect(out).toContain('4 articles')
    expect(out).toContain('区委理论学习中心组（扩大）学习会召开')
    expect(out).toContain('photographers: 徐晶玮')
    expect((await cli('analyze')).status).toBe(2)
    expect((await cli('analyze', '--pretty', SAMPLE)).status).toBe(2)
    const help = await cli('analyze', '--help')
    expect(help.status).toBe(0)
    expect(help.out).toContain('Usage: galley analyze FILE... [--jsonl]')
  })

  it('runs as `npm run --silent galley -- analyze FILE --jsonl`', () => {
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts/galley.mjs'), 'analyze', 'resources/samples/wujin-2024-sample.txt', '--jsonl'], { cwd: ROOT, encoding: 'utf8' })
    expect(result.status).toBe(0)
    const page = JSON.parse(result.stdout) as ContractPage
    expect(page.file).toBe('resources/samples/wujin-2024-sample.txt')
    expect(page.articles).toHaveLength(4)
  })
})
