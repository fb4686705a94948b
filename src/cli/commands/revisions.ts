import type { CliCommand } from '../command'

// Placeholder until the command lands; it says so rather than pretending to work.
export const revisionsCommand: CliCommand = {
  name: 'revisions',
  summary: '(not built yet)',
  usage: 'galley revisions: not built yet\n',
  async run(_args, io) {
    io.err('galley revisions: this command is not built yet.\n')
    return 1
  }
}
