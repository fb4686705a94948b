/**
 * Review workbench benchmark (issue 5 targets). Prints one JSON document:
 *   npm run build && npm run bench:ui            (40 articles, 3,000 entities; 5 renders, 10 of each interaction)
 *   npm run bench:ui -- --runs 10
 * Drives Debian's Chromium (CHROMIUM_PATH or /usr/bin/chromium) over the BUILT renderer. The
 * bridge is a stand-in that hands the renderer a generated page (bench/ui-page.ts), so only the
 * renderer is measured. Times are from the input to the DOM showing the result ("dom": React
 * committed) and to the next animation frame after it ("frame": the change can be painted).
 */
import { chromium, type Page as Tab } from '@playwright/test'
import { cpus, loadavg } from 'node:os'
import { serveRenderer } from '../tests/e2e/support/serve-renderer'
import { makeBenchPage } from './ui-page'

const args = process.argv.slice(2)
const runs = Number(args[args.indexOf('--runs') + 1] ?? 0) || 5
const interactions = runs * 2
const TARGET_RENDER_MS = 500
const TARGET_INTERACTION_MS = 50

interface Timing { dom: number; frame: number }
interface Stats { n: number; p50: number; p95: number; max: number }

const stats = (values: number[]): Stats => {
  const sorted = values.slice().sort((a, b) => a - b)
  const at = (q: number): number => Number((sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0).toFixed(1))
  return { n: sorted.length, p50: at(0.5), p95: at(0.95), max: at(1) }
}
const summary = (timings: Timing[]) => ({ dom: stats(timings.map((t) => t.dom)), frame: stats(timings.map((t) => t.frame)) })

// Runs in the page: performs `act`, then resolves with the time until `done()` holds in the DOM
// (checked on every mutation) and until the frame after that.
const MEASURE = `window.__measure = (act, done) => new Promise((resolve) => {
  let dom = 0
  const t0 = performance.now()
  const finish = () => { dom = performance.now() - t0; requestAnimationFrame(() => resolve({ dom, frame: performance.now() - t0 })) }
  const observer = new MutationObserver(() => { if (done()) { observer.disconnect(); finish() } })
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true })
  act()
  if (done()) { observer.disconnect(); finish() }
})`

async function main(): Promise<void> {
  const page = makeBenchPage()
  const json = JSON.stringify(page)
  const server = await serveRenderer()
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
  })
  const tab = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'en-US' })
  await tab.exposeFunction('__benchPage', () => json)
  // The stand-in bridge: first start opens "the sample", which is the generated page. The time
  // from handing it over to the 40th card (and the frame after) is the render time.
  await tab.addInitScript({ content: `${MEASURE};
    window.galley = Object.freeze({
      on: () => () => {},
      request: async (route) => {
        if (route === 'app.startup') return { ok: true, value: { version: 'bench', dataDir: '/bench', openSample: true } }
        if (route === 'page.openSample') {
          const value = JSON.parse(await window.__benchPage())
          window.__renderStart = performance.now()
          return { ok: true, value }
        }
        return { ok: false, error: { code: 'INTERNAL', message: 'not in the bench' } }
      }
    })` })

  const render: Timing[] = []
  for (let i = 0; i < runs; i++) {
    await tab.goto(server.url)
    render.push(await tab.evaluate(`new Promise((resolve) => {
      const poll = () => {
        if (window.__renderStart !== undefined && document.querySelectorAll('.article-select').length === 40) {
          const dom = performance.now() - window.__renderStart
          requestAnimationFrame(() => resolve({ dom, frame: performance.now() - window.__renderStart }))
        } else setTimeout(poll, 0)
      }
      poll()
    })`) as Timing)
  }

  const select: Timing[] = []
  const split: Timing[] = []
  const merge: Timing[] = []
  for (let i = 0; i < interactions; i++) {
    const target = `a${(i * 7 + 3) % 40}`
    select.push(await measure(tab, `document.querySelector('.article-select[data-article-id="${target}"]').click()`,
      `document.querySelector('[data-testid="source-text"] [data-selected="true"]')?.dataset.articleId === "${target}"`))
    // Caret at the start of the article's 10th paragraph in the source, then S.
    const at = page.analysis.articles.find((a) => a.id === target)?.lines[10]?.sourceStart ?? 0
    split.push(await measure(tab, `(() => {
      const run = [...document.querySelectorAll('[data-testid="source-text"] [data-src]')].find((el) => Number(el.dataset.src) <= ${at} && ${at} < Number(el.dataset.src) + el.textContent.length)
      window.getSelection().collapse(run.firstChild, ${at} - Number(run.dataset.src))
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 's', bubbles: true, cancelable: true }))
    })()`, `document.querySelectorAll('.article-select').length === 41`))
    // Select the split-off article and merge it back with "[".
    // tsx would wrap a function argument in helpers the page lacks, so page code is passed as strings.
    await tab.evaluate(`(() => {
      const cards = [...document.querySelectorAll('.article-select')]
      cards[cards.findIndex((el) => el.dataset.articleId === '${target}') + 1].click()
    })()`)
    merge.push(await measure(tab, `document.dispatchEvent(new KeyboardEvent('keydown', { key: '[', bubbles: true, cancelable: true }))`,
      `document.querySelectorAll('.article-select').length === 40`))
  }
  await browser.close()
  await server.close()

  const result = {
    bench: 'ui',
    page: { articles: page.analysis.articles.length, entities: page.analysis.articles.reduce((n, a) => n + a.entities.length, 0), repairs: page.analysis.repairs.length, characters: page.sourceText.length },
    machine: { cpus: cpus().length, load1: Number(loadavg()[0]?.toFixed(2)), node: process.version },
    targets: { renderMs: TARGET_RENDER_MS, interactionMs: TARGET_INTERACTION_MS },
    renderMs: summary(render),
    selectMs: summary(select),
    splitMs: summary(split),
    mergeMs: summary(merge)
  }
  const within = result.renderMs.frame.p50 <= TARGET_RENDER_MS && [result.selectMs, result.splitMs, result.mergeMs].every((s) => s.frame.p50 <= TARGET_INTERACTION_MS)
  console.log(JSON.stringify({ ...result, withinTargets: within }, null, 2))
}

async function measure(tab: Tab, act: string, done: string): Promise<Timing> {
  return tab.evaluate(`window.__measure(() => { ${act} }, () => ${done})`) as Promise<Timing>
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
