import { z } from 'zod'
import type { EventName } from './channels'

/** Menu commands main forwards to the renderer, which owns the workflow behind each. */
export const MENU_COMMANDS = ['open-file', 'open-sample', 'save-edition', 'show-editions'] as const
export const menuCommandSchema = z.enum(MENU_COMMANDS)
export type MenuCommand = z.infer<typeof menuCommandSchema>

/** Every event main sends to the renderer, declared once: name -> payload schema. */
export const events = {
  'menu.command': z.object({ command: menuCommandSchema })
} as const satisfies Record<EventName, z.ZodType>

/** The payload type of event `E`. */
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>
