import { describe, expect, it, vi } from 'vitest'
import { denyAllPermissions, type PermissionSession } from '../../../src/main/window/deny-permissions'
import { hardenWebContents, type GuardedContents } from '../../../src/main/window/harden-web-contents'
import { claimSingleInstance, type FocusableWindow, type InstanceApp } from '../../../src/main/window/single-instance'

type Listener = (event: { preventDefault: () => void }, url: string) => void

/** A stand-in for WebContents that records listeners so the test can fire them. */
function fakeContents() {
  const listeners = new Map<string, Listener>()
  let openHandler: ((details: { url: string }) => { action: string }) | null = null
  const contents = {
    on: (name: string, listener: Listener) => { listeners.set(name, listener); return contents },
    setWindowOpenHandler: (handler: typeof openHandler) => { openHandler = handler }
  }
  const fire = (name: string, url = 'https://example.com/'): boolean => {
    let prevented = false
    listeners.get(name)?.({ preventDefault: () => { prevented = true } }, url)
    return prevented
  }
  return { contents: contents as unknown as GuardedContents, fire, open: (url: string) => openHandler?.({ url }) }
}

describe('web contents guards', () => {
  it('prevents navigation, redirects and webviews and reports each', () => {
    const blocked: string[] = []
    const fake = fakeContents()
    hardenWebContents(fake.contents, (what) => blocked.push(what))
    expect(fake.fire('will-navigate')).toBe(true)
    expect(fake.fire('will-redirect')).toBe(true)
    expect(fake.fire('will-attach-webview')).toBe(true)
    expect(blocked).toEqual(['navigation', 'redirect', 'webview'])
  })

  it('denies window.open', () => {
    const fake = fakeContents()
    hardenWebContents(fake.contents)
    expect(fake.open('https://example.com/')).toEqual({ action: 'deny' })
  })
})

describe('permissions', () => {
  it('denies every permission request and check', () => {
    let request: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined
    let check: (() => boolean) | undefined
    let device: (() => boolean) | undefined
    const session = {
      setPermissionRequestHandler: (handler: typeof request) => { request = handler },
      setPermissionCheckHandler: (handler: typeof check) => { check = handler },
      setDevicePermissionHandler: (handler: typeof device) => { device = handler }
    } as unknown as PermissionSession
    denyAllPermissions(session)
    const callback = vi.fn()
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read']) request?.(null, permission, callback)
    expect(callback.mock.calls).toEqual([[false], [false], [false], [false]])
    expect(check?.()).toBe(false)
    expect(device?.()).toBe(false)
  })
})

describe('single instance', () => {
  function fakeApp(gotLock: boolean) {
    const handlers = new Map<string, () => void>()
    const app = {
      requestSingleInstanceLock: () => gotLock,
      on: (name: string, handler: () => void) => { handlers.set(name, handler); return app },
      quit: vi.fn()
    }
    return { app: app as unknown as InstanceApp, quit: app.quit, secondLaunch: () => handlers.get('second-instance')?.() }
  }

  it('quits a second instance', () => {
    const fake = fakeApp(false)
    expect(claimSingleInstance(fake.app, () => null)).toBe(false)
    expect(fake.quit).toHaveBeenCalledOnce()
  })

  it('restores and focuses the first window when another launch is attempted', () => {
    const fake = fakeApp(true)
    const window = { isMinimized: () => true, restore: vi.fn(), show: vi.fn(), focus: vi.fn() }
    expect(claimSingleInstance(fake.app, () => window as unknown as FocusableWindow)).toBe(true)
    fake.secondLaunch()
    expect(window.restore).toHaveBeenCalledOnce()
    expect(window.focus).toHaveBeenCalledOnce()
    expect(fake.quit).not.toHaveBeenCalled()
  })
})
