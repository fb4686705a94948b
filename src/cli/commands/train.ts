import type { CliCommand } from '../command'

// Placeholder until the command lands; it says so rather than pretending to work.
export const trainCommand: CliCommand = {
  name: 'train',
  summary: '(not built yet)',
  usage: 'galley train: not built yet\n',
  async run(_args, io) {
    io.err('galley train: this command is not built yet.\n')
    return 1
  }
}
