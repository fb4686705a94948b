import type { CliCommand } from '../command'

// Placeholder until the command lands; it says so rather than pretending to work.
export const importCommand: CliCommand = {
  name: 'import',
  summary: '(not built yet)',
  usage: 'galley import: not built yet\n',
  async run(_args, io) {
    io.err('galley import: this command is not built yet.\n')
    return 1
  }
}
