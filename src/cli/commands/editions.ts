import type { CliCommand } from '../command'

// Placeholder until the command lands; it says so rather than pretending to work.
export const editionsCommand: CliCommand = {
  name: 'editions',
  summary: '(not built yet)',
  usage: 'galley editions: not built yet\n',
  async run(_args, io) {
    io.err('galley editions: this command is not built yet.\n')
    return 1
  }
}
