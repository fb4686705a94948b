import { StoreError } from './store-error'

/** Validates caller input with zod and turns a failure into INVALID_INPUT. */
export function parseInput<T>(schema: { safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } } }, value: unknown, what: string): T {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  const where = issue && issue.path.length > 0 ? ` (${issue.path.map(String).join('.')})` : ''
  throw new StoreError('INVALID_INPUT', `The ${what} is not valid${where}: ${issue?.message ?? 'invalid value'}.`)
}

/** Now, or 1 ms after `previous` if the clock has not moved on, so updatedAt always grows. */
export function laterThan(previous: string): string {
  const now = Date.now()
  const last = Date.parse(previous)
  return new Date(Number.isNaN(last) || now > last ? now : last + 1).toISOString()
}
