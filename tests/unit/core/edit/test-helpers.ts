import { expect } from 'vitest'
import { applyCommand, type CommandResult } from '../../../../src/core/edit/apply-command'
import type { EditCommand } from '../../../../src/core/edit/commands'
import type { EditState } from '../../../../src/core/edit/state'
import { validatePage } from '../../../../src/core/edit/validate'

/** Applies a command that must succeed and leave a valid page. */
export function ok(state: EditState, command: EditCommand): EditState {
  const result = applyCommand(state, command)
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  expect(validatePage(result.state)).toEqual({ ok: true })
  return result.state
}

/** The error code of a refused command (undefined when it succeeded). */
export function errorCode(result: CommandResult<EditState>): string | undefined {
  return result.ok ? undefined : result.error.code
}

/** Applies a command and returns its error code. */
export function refusal(state: EditState, command: EditCommand): string | undefined {
  return errorCode(applyCommand(state, command))
}
