import type { GalleyBridge } from '../shared/ipc/bridge'

// The preload's contract as the renderer sees it (src/shared/ipc/bridge.ts).
declare global {
  interface Window {
    readonly galley: GalleyBridge
  }
}

export {}
