/**
 * True when `a` and `b` would serialise to equivalent JSON: same arrays, same plain-object
 * properties (order ignored; properties holding undefined count as absent, as in JSON), same
 * strings, finite numbers, booleans and nulls. Anything else (class instances, NaN, functions)
 * is never equal to anything, so a caller using this to skip validation errs towards validating.
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return typeof a !== 'number' || Number.isFinite(a)
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false
    for (let i = 0; i < a.length; i += 1) if (!jsonEqual(a[i], b[i])) return false
    return true
  }
  if (Array.isArray(b) || !isPlainObject(a) || !isPlainObject(b)) return false
  let count = 0
  for (const key in a) {
    const value = (a as Record<string, unknown>)[key]
    if (value === undefined) continue
    if (!Object.hasOwn(a, key)) return false
    count += 1
    if (!jsonEqual(value, (b as Record<string, unknown>)[key])) return false
  }
  for (const key in b) {
    if ((b as Record<string, unknown>)[key] !== undefined) count -= 1
  }
  return count === 0
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown
  return proto === Object.prototype || proto === null
}
