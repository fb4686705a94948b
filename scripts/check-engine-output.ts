// npx tsx scripts/check-engine-output.ts [--write FILE | --check FILE] [--data FILE.jsonl]
//
// Guard for engine speed work: runs createEngine().analyze over every dev page and hashes the
// JSON output per page. Write the hashes once before an optimisation, then check after it: any
// difference in any page's output fails (outputs must stay byte-identical).
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { createEngine } from '../src/main/engine'

function arg(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(name)
  return i >= 0 ? argv[i + 1] : undefined
}

function main(): void {
  const argv = process.argv.slice(2)
  const data = arg(argv, '--data') ?? process.env['GALLEY_DEV_PAGES'] ?? resolve('../shared/data/pku-1998-dev.jsonl')
  const texts = readFileSync(data, 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { seedText: string }).seedText)
  const engine = createEngine()
  const hashes = texts.map((t) => createHash('sha256').update(JSON.stringify(engine.analyze(t))).digest('hex'))
  const write = arg(argv, '--write')
  const check = arg(argv, '--check')
  if (write) {
    writeFileSync(write, `${hashes.join('\n')}\n`)
    process.stdout.write(`wrote ${hashes.length} page hashes to ${write}\n`)
    return
  }
  if (check) {
    const expected = readFileSync(check, 'utf8').trim().split('\n')
    const differing = hashes.flatMap((h, i) => (h === expected[i] ? [] : [i]))
    if (differing.length > 0 || expected.length !== hashes.length) {
      process.stderr.write(`MISMATCH: ${differing.length} of ${hashes.length} pages differ (first: ${differing.slice(0, 10).join(', ')}); expected ${expected.length} pages\n`)
      process.exitCode = 1
      return
    }
    process.stdout.write(`identical: all ${hashes.length} page hashes match ${check}\n`)
    return
  }
  process.stdout.write(`${createHash('sha256').update(hashes.join('\n')).digest('hex')}\n`)
}

main()
