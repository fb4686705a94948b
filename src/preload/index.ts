import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { BRIDGE_KEY } from '../shared/ipc/bridge'
import { EVENT_CHANNEL, REQUEST_CHANNEL, isEventName } from '../shared/ipc/channels'

// A generic forwarder and nothing else: it knows the two channels, not the routes. Main's router
// validates every request, so the preload needs no schemas (and stays one small CJS file).
const bridge = {
  request: (route: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(REQUEST_CHANNEL, route, input),
  on: (event: string, listener: (payload: unknown) => void): (() => void) => {
    if (!isEventName(event)) throw new Error(`Unknown Galley event "${event}".`)
    const forward = (_event: IpcRendererEvent, name: unknown, payload: unknown): void => {
      if (name === event) listener(payload)
    }
    ipcRenderer.on(EVENT_CHANNEL, forward)
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, forward)
    }
  }
}

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge)
