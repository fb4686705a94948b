import type { GalleyBridge } from '../../../shared/ipc/bridge'
import type { IpcResult } from '../../../shared/ipc/result'
import type { RouteInput, RouteName, RouteOutput } from '../../../shared/ipc/routes'

/**
 * The renderer's one way to reach main: a typed facade over the preload's bridge. Route names,
 * inputs and outputs are checked at compile time against src/shared/ipc/routes.ts.
 */
export interface IpcClient {
  request<R extends RouteName>(route: R, input: RouteInput<R>): Promise<IpcResult<RouteOutput<R>>>
  on: GalleyBridge['on']
}

// Opened outside Electron (or with a broken preload) there is no bridge; say so in the UI
// instead of failing with "cannot read properties of undefined".
const missingBridge: IpcClient = {
  request: async () => ({
    ok: false,
    error: { code: 'INTERNAL', message: 'The connection to Galley’s main process is missing (the preload did not run). Restart Galley.' }
  }),
  on: () => () => {}
}

/** The client over `window.galley`, or one that reports the missing bridge on every request. */
export function createIpcClient(bridge: GalleyBridge | undefined = (window as { galley?: GalleyBridge }).galley): IpcClient {
  if (bridge === undefined) return missingBridge
  return {
    request: (route, input) => bridge.request(route, input),
    on: (event, listener) => bridge.on(event, listener)
  }
}
