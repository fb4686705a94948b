import type { CliCommand, CliIo } from './command'

// Each command lives in its own file and is loaded only when asked for, so `analyze` does not
// pay for storage code and `editions` does not load the tagger.
const COMMANDS: Record<string, () => Promise<CliCommand>> = {
  analyze: async () => (await import('./commands/analyze')).analyzeCommand,
  train: async () => (await import('./commands/train')).trainCommand,
  editions: async () => (await import('./commands/editions')).editionsCommand,
  import: async () => (await import('./commands/import')).importCommand,
  revisions: async () => (await import('./commands/revisions')).revisionsCommand,
  restore: async () => (await import('./commands/restore')).restoreCommand
}

const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text)
}

/** Runs one CLI invocation and returns its exit status. */
export async function runCli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const lines = await Promise.all(Object.values(COMMANDS).map(async (load) => {
      const command = await load()
      return `  ${command.name.padEnd(10)} ${command.summary}`
    }))
    io.out(`Galley — newspaper page extraction and curated editions\n\nUsage: galley <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun \`galley <command> --help\` for a command's options.\n`)
    return name === undefined ? 2 : 0
  }
  const load = COMMANDS[name]
  if (!load) {
    io.err(`galley: unknown command "${name}". Run \`galley --help\` for the list.\n`)
    return 2
  }
  const command = await load()
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(command.usage)
    return 0
  }
  return command.run(rest, io)
}

// Run only when executed directly, not when a test imports runCli.
if (process.argv[1] && /cli[\\/]index\.[cm]?[jt]s$/.test(process.argv[1])) {
  runCli(process.argv.slice(2)).then(
    (status) => { process.exitCode = status },
    (error: unknown) => {
      process.stderr.write(`galley: ${error instanceof Error ? error.message : String(error)}\n`)
      process.exitCode = 1
    }
  )
}
