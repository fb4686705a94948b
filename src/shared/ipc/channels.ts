/**
 * The two Electron channels Galley uses, and the event names main may send. Kept free of zod so
 * the preload (which only forwards) stays tiny.
 */
export const REQUEST_CHANNEL = 'galley:request'
export const EVENT_CHANNEL = 'galley:event'

export const EVENT_NAMES = ['menu.command'] as const
export type EventName = (typeof EVENT_NAMES)[number]

/** True when `name` is an event main may send to the renderer. */
export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && (EVENT_NAMES as readonly string[]).includes(name)
}
