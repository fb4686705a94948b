import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

export const PRELOAD_FILE = resolve(__dirname, '../../../out/preload/index.js')

/**
 * An init script that runs the BUILT preload as Electron would: inside a function whose
 * `require('electron')` returns a stand-in. contextBridge defines the window property;
 * ipcRenderer.invoke calls the `__galleyInvoke` binding, which reaches the real router in the
 * Playwright process; `__galleyEmit` plays main's webContents.send. Bytes cross the binding as
 * base64 because bindings carry JSON.
 */
export function preloadInitScript(): string {
  const preload = readFileSync(PRELOAD_FILE, 'utf8')
  return `(() => {
  const toWire = (value) => {
    if (value instanceof Uint8Array) {
      let text = ''
      for (let i = 0; i < value.length; i += 0x8000) text += String.fromCharCode.apply(null, value.subarray(i, i + 0x8000))
      return { __galleyBytes: btoa(text) }
    }
    if (Array.isArray(value)) return value.map(toWire)
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toWire(v)]))
    return value
  }
  const listeners = new Set()
  const ipcRenderer = {
    invoke: (channel, ...args) => window.__galleyInvoke(channel, toWire(args)),
    on(channel, listener) { listeners.add({ channel, listener }); return ipcRenderer },
    removeListener(channel, listener) {
      for (const entry of listeners) if (entry.channel === channel && entry.listener === listener) listeners.delete(entry)
      return ipcRenderer
    }
  }
  Object.defineProperty(window, '__galleyEmit', {
    value: (channel, ...args) => { for (const entry of [...listeners]) if (entry.channel === channel) entry.listener({ sender: null }, ...args) }
  })
  Object.defineProperty(window, '__galleyListenerCount', { value: () => listeners.size })
  const contextBridge = { exposeInMainWorld: (key, api) => Object.defineProperty(window, key, { value: Object.freeze(api), enumerable: true }) }
  const require = (name) => {
    if (name === 'electron') return { contextBridge, ipcRenderer }
    throw new Error('a sandboxed preload cannot require "' + name + '"')
  }
  const module = { exports: {} }
  ;(function (require, module, exports) {
${preload}
  })(require, module, module.exports)
})()`
}

/** Reverses the shim's encoding: {__galleyBytes: base64} back to a Uint8Array. */
export function fromWire(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fromWire)
  if (value !== null && typeof value === 'object') {
    const bytes = (value as { __galleyBytes?: unknown }).__galleyBytes
    if (typeof bytes === 'string') return new Uint8Array(Buffer.from(bytes, 'base64'))
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fromWire(item)]))
  }
  return value
}
