import { ESLint } from 'eslint'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'

// Proves the lint rules that keep the dependency direction still fire (a config migration that
// silently turned them off would otherwise go unnoticed): each probe is linted as if it were a
// file at `path`, importing a real module of another layer.
const root = resolve(__dirname, '../../..')
let eslint: ESLint

async function ruleIdsFor(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, path) })
  return (result?.messages ?? []).map((message) => message.ruleId ?? `fatal: ${message.message}`)
}

describe('dependency direction lint', () => {
  beforeAll(() => {
    eslint = new ESLint({ cwd: root })
  })

  it('refuses core importing main', async () => {
    const ids = await ruleIdsFor('src/core/probe.ts', "import { createRouter } from '../main/ipc/router'\nexport const probe = createRouter\n")
    expect(ids).toContain('boundaries/dependencies')
  })

  it('refuses the renderer importing main', async () => {
    const ids = await ruleIdsFor('src/renderer/src/probe.ts', "import { createRouter } from '../../main/ipc/router'\nexport const probe = createRouter\n")
    expect(ids).toContain('boundaries/dependencies')
  })

  it('refuses core importing electron or node:fs', async () => {
    expect(await ruleIdsFor('src/core/probe.ts', "import { app } from 'electron'\nexport const probe = app\n")).toContain('no-restricted-imports')
    expect(await ruleIdsFor('src/core/probe.ts', "import { readFileSync } from 'node:fs'\nexport const probe = readFileSync\n")).toContain('no-restricted-imports')
  })

  it('allows main importing core and shared', async () => {
    const ids = await ruleIdsFor('src/main/probe.ts', "import { ERROR_CODES } from '../shared/errors'\nimport type { WordTagger } from '../core/model/ports'\nexport const probe: [typeof ERROR_CODES, WordTagger | null] = [ERROR_CODES, null]\n")
    expect(ids).toEqual([])
  })
})
