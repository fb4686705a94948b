import type { EventName } from './channels'
import type { EventPayload } from './events'
import type { IpcResult } from './result'
import type { RouteInput, RouteName, RouteOutput } from './routes'

/**
 * What the preload exposes as `window.galley`: a typed request and an event subscription,
 * nothing else. The renderer reaches it only through src/renderer/ipc/client.ts.
 */
export interface GalleyBridge {
  request<R extends RouteName>(route: R, input: RouteInput<R>): Promise<IpcResult<RouteOutput<R>>>
  /** Subscribes to a main -> renderer event; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void
}

/** The property name of the bridge on `window`. */
export const BRIDGE_KEY = 'galley'
