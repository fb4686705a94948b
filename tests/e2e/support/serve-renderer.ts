import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2'
}

export const RENDERER_DIR = resolve(__dirname, '../../../out/renderer')

/**
 * Serves the BUILT renderer (out/renderer) on 127.0.0.1, as the packaged app would load it from
 * disk: module scripts over file:// need extra Chromium flags, http needs none.
 */
export async function serveRenderer(): Promise<{ url: string; close: () => Promise<void> }> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error(`${RENDERER_DIR}/index.html is missing: run \`npm run build\` before the e2e tests.`)
  }
  const server: Server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '')
    const file = join(RENDERER_DIR, path === '/' ? 'index.html' : path)
    if (!file.startsWith(RENDERER_DIR) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end()
      return
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' })
    createReadStream(file).pipe(response)
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/index.html`,
    // The page is still open during fixture teardown; drop its keep-alive connections or close
    // would wait for them.
    close: () => new Promise((done) => { server.close(() => done()); server.closeAllConnections() })
  }
}
