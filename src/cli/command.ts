/** A CLI command: parses its own arguments and returns the process exit status. */
export interface CliCommand {
  readonly name: string
  /** One line for `galley --help`. */
  readonly summary: string
  /** Full usage text for `galley <name> --help`. */
  readonly usage: string
  run(args: readonly string[], io: CliIo): Promise<number>
}

/** Where a command writes; tests pass buffers, the binary passes process streams. */
export interface CliIo {
  out(text: string): void
  err(text: string): void
}
