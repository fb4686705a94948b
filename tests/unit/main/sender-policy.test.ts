import { describe, expect, it } from 'vitest'
import { createSenderPolicy } from '../../../src/main/ipc/sender-policy'

describe('IPC sender policy', () => {
  it('accepts exactly the packaged renderer file, with or without a hash', () => {
    const trusted = createSenderPolicy('file:///opt/Galley/resources/app.asar/out/renderer/index.html')
    expect(trusted('file:///opt/Galley/resources/app.asar/out/renderer/index.html')).toBe(true)
    expect(trusted('file:///opt/Galley/resources/app.asar/out/renderer/index.html#/editions')).toBe(true)
    expect(trusted('file:///tmp/evil/index.html')).toBe(false)
    expect(trusted('file:///opt/Galley/resources/app.asar/out/renderer/other.html')).toBe(false)
  })

  it('accepts the dev server by origin only', () => {
    const trusted = createSenderPolicy('http://127.0.0.1:5173/index.html')
    expect(trusted('http://127.0.0.1:5173/')).toBe(true)
    expect(trusted('http://127.0.0.1:5174/')).toBe(false)
    expect(trusted('https://example.com/')).toBe(false)
  })

  it('refuses missing, blank and malformed sender URLs', () => {
    const trusted = createSenderPolicy('file:///app/index.html')
    expect(trusted(undefined)).toBe(false)
    expect(trusted('')).toBe(false)
    expect(trusted('about:blank')).toBe(false)
    expect(trusted('not a url')).toBe(false)
  })
})
