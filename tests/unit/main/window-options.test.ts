import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_HEADER, withCspHeader } from '../../../src/main/window/content-security-policy'
import { createWindowOptions } from '../../../src/main/window/window-options'

describe('main window options', () => {
  const options = createWindowOptions({ preloadPath: '/app/out/preload/index.js', title: 'Galley' })
  const prefs = options.webPreferences ?? {}

  it('isolates and sandboxes the renderer with no Node integration anywhere', () => {
    expect(prefs.contextIsolation).toBe(true)
    expect(prefs.sandbox).toBe(true)
    expect(prefs.nodeIntegration).toBe(false)
    expect(prefs.nodeIntegrationInWorker).toBe(false)
    expect(prefs.nodeIntegrationInSubFrames).toBe(false)
  })

  it('keeps web security on and blocks insecure content, webviews and drop-navigation', () => {
    expect(prefs.webSecurity).toBe(true)
    expect(prefs.allowRunningInsecureContent).toBe(false)
    expect(prefs.webviewTag).toBe(false)
    expect(prefs.experimentalFeatures).toBe(false)
    expect(prefs.navigateOnDragDrop).toBe(false)
    expect(prefs.disableBlinkFeatures).toBe('Auxclick')
  })

  it('loads the given preload and stays hidden until painted', () => {
    expect(prefs.preload).toBe('/app/out/preload/index.js')
    expect(options.show).toBe(false)
  })
})

describe('content security policy', () => {
  it('allows only local scripts and styles and no network', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'")
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'none'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)/)
  })

  it('is the same policy index.html declares in its meta tag', () => {
    const html = readFileSync(resolve(__dirname, '../../../src/renderer/index.html'), 'utf8')
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY)
  })

  it('replaces any CSP header a response carried, whatever its case', () => {
    const headers = withCspHeader({ 'content-security-policy': ['default-src *'], 'X-Other': ['1'] })
    expect(headers).toEqual({ 'X-Other': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY_HEADER] })
  })
})
