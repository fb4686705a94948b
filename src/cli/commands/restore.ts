import type { CliCommand } from '../command'

// Placeholder until the command lands; it says so rather than pretending to work.
export const restoreCommand: CliCommand = {
  name: 'restore',
  summary: '(not built yet)',
  usage: 'galley restore: not built yet\n',
  async run(_args, io) {
    io.err('galley restore: this command is not built yet.\n')
    return 1
  }
}
