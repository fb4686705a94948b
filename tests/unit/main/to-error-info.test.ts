import { describe, expect, it } from 'vitest'
import { AppError } from '../../../src/main/handlers/app-error'
import { toErrorInfo } from '../../../src/main/ipc/to-error-info'

describe('errors crossing to the renderer', () => {
  it('keeps the code and message of a coded error', () => {
    expect(toErrorInfo(new AppError('FILE_EMPTY', 'a.txt is empty.'))).toEqual({ code: 'FILE_EMPTY', message: 'a.txt is empty.' })
    expect(toErrorInfo({ code: 'STORE_LOCKED', message: 'In use by the CLI.' })).toEqual({ code: 'STORE_LOCKED', message: 'In use by the CLI.' })
  })

  it('turns an unknown code, a plain Error or a thrown string into INTERNAL without a stack', () => {
    for (const thrown of [{ code: 'EACCES', message: 'denied' }, new RangeError('bad index'), 'oops']) {
      const info = toErrorInfo(thrown)
      expect(info.code).toBe('INTERNAL')
      expect(info.message).not.toMatch(/\n\s+at /)
    }
    expect(toErrorInfo(new RangeError('bad index')).message).toContain('bad index')
  })
})
