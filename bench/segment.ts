/**
 * Speed of normalisation + segmentation (no jieba, no tagger): characters per second over the
 * development pages (when ../shared/data is present) and over the sample page repeated to 1, 5
 * and 20 MB (linearity). CPU time is reported beside wall time because this machine is shared.
 *
 *   npx tsx bench/segment.ts
 */
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { segmentPage } from '../src/core/segment/segment-page'
import { normalise } from '../src/core/text/normalise'
import { DEV_PAGES_PATH, readDevPages } from '../scripts/lib/dev-pages'

interface Timing {
  readonly chars: number
  readonly wallMs: number
  readonly cpuMs: number
  readonly normaliseCpuMs: number
}

function cpuMs(): number {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

function time(texts: readonly string[]): Timing {
  let chars = 0
  let normaliseCpu = 0
  const wall0 = performance.now()
  const cpu0 = cpuMs()
  for (const text of texts) {
    chars += text.length
    const n0 = cpuMs()
    const normalised = normalise(text)
    normaliseCpu += cpuMs() - n0
    segmentPage(normalised)
  }
  return { chars, wallMs: performance.now() - wall0, cpuMs: cpuMs() - cpu0, normaliseCpuMs: normaliseCpu }
}

function report(name: string, t: Timing): Record<string, unknown> {
  return {
    name,
    chars: t.chars,
    wallMs: Math.round(t.wallMs),
    cpuMs: Math.round(t.cpuMs),
    charsPerSecondCpu: Math.round((t.chars / t.cpuMs) * 1000),
    charsPerSecondWall: Math.round((t.chars / t.wallMs) * 1000),
    normaliseCharsPerSecondCpu: Math.round((t.chars / Math.max(1, t.normaliseCpuMs)) * 1000)
  }
}

const results: Record<string, unknown>[] = []
const sample = readFileSync(resolve(process.cwd(), 'resources/samples/wujin-2024-sample.txt'), 'utf8')
if (existsSync(DEV_PAGES_PATH)) {
  const pages = readDevPages().map((p) => p.seedText)
  time(pages) // warm up
  results.push(report(`dev pages (${pages.length})`, time(pages)))
}
for (const mb of [1, 5, 20]) {
  const big = sample.repeat(Math.ceil((mb * 1024 * 1024) / 3 / sample.length))
  results.push(report(`sample page repeated to ${mb} MB (UTF-8)`, time([big])))
}
results.push({ peakRssMb: Math.round(process.memoryUsage().rss / 1024 / 1024) })
console.log(JSON.stringify(results, null, 2))
