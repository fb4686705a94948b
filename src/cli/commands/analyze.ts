import type { CliCommand } from '../command'

// Placeholder until the command lands; it says so rather than pretending to work.
export const analyzeCommand: CliCommand = {
  name: 'analyze',
  summary: '(not built yet)',
  usage: 'galley analyze: not built yet\n',
  async run(_args, io) {
    io.err('galley analyze: this command is not built yet.\n')
    return 1
  }
}
