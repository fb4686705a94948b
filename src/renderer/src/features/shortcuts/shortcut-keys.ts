import type { en } from '../../i18n/locales/en'

/** What a key does in the workbench; the names match `shortcuts.keys.*` in the locales. */
export type ShortcutAction = keyof typeof en.shortcuts.keys

/** The keys of each action as shown in the `?` list (the matcher below is the source of truth). */
export const SHORTCUT_LIST: readonly { readonly action: ShortcutAction; readonly keys: readonly string[] }[] = [
  { action: 'select', keys: ['K', 'J', '↑', '↓'] },
  { action: 'split', keys: ['S'] },
  { action: 'mergePrevious', keys: ['['] },
  { action: 'mergeNext', keys: [']'] },
  { action: 'moveFirstLine', keys: [','] },
  { action: 'moveLastLine', keys: ['.'] },
  { action: 'reorder', keys: ['Alt+↑', 'Alt+↓'] },
  { action: 'kind', keys: ['1', '2', '3', '4'] },
  { action: 'review', keys: ['R', 'Shift+R'] },
  { action: 'fields', keys: ['E'] },
  { action: 'typo', keys: ['T'] },
  { action: 'lines', keys: ['L'] },
  { action: 'delete', keys: ['Delete'] },
  { action: 'tagEntity', keys: ['Alt+1', '…', 'Alt+8'] },
  { action: 'resizeEntity', keys: ['Shift+Alt+←', 'Shift+Alt+→'] },
  { action: 'removeEntity', keys: ['X'] },
  { action: 'boundary', keys: ['↑', '↓'] },
  { action: 'undo', keys: ['Ctrl+Z'] },
  { action: 'redo', keys: ['Ctrl+Shift+Z', 'Ctrl+Y'] },
  { action: 'save', keys: ['Ctrl+S'] },
  { action: 'history', keys: ['H'] },
  { action: 'help', keys: ['?'] }
]

/** A key press reduced to what the matcher needs (a KeyboardEvent satisfies it). */
export interface KeyPress {
  readonly key: string
  readonly ctrlKey: boolean
  readonly metaKey: boolean
  readonly altKey: boolean
  readonly shiftKey: boolean
}

/** A matched key: the action, and for `select`/`reorder`/`kind`/`review` which way or which one. */
export type Matched =
  | { readonly action: Exclude<ShortcutAction, 'select' | 'reorder' | 'kind' | 'review' | 'boundary' | 'tagEntity' | 'resizeEntity'> }
  | { readonly action: 'tagEntity'; readonly index: number }
  | { readonly action: 'resizeEntity'; readonly delta: 1 | -1 }
  | { readonly action: 'select' | 'reorder'; readonly delta: 1 | -1 }
  | { readonly action: 'kind'; readonly index: number }
  | { readonly action: 'review'; readonly reset: boolean }

/**
 * The action of a key press, or null. `inField` is true when focus is in a text field or a
 * select: there plain keys type (or pick options) and only the Ctrl/⌘ shortcuts that are not
 * the field's own (save) apply; the field keeps its native undo.
 */
export function matchShortcut(press: KeyPress, inField: boolean): Matched | null {
  const mod = press.ctrlKey || press.metaKey
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key
  if (mod && !press.altKey) {
    if (key === 's') return { action: 'save' }
    if (inField) return null
    if (key === 'z') return { action: press.shiftKey ? 'redo' : 'undo' }
    if (key === 'y') return { action: 'redo' }
    return null
  }
  if (inField || mod) return null
  if (press.altKey) {
    if (press.shiftKey && key === 'ArrowLeft') return { action: 'resizeEntity', delta: -1 }
    if (press.shiftKey && key === 'ArrowRight') return { action: 'resizeEntity', delta: 1 }
    if (/^[1-8]$/.test(key)) return { action: 'tagEntity', index: Number(key) - 1 }
    if (key === 'ArrowUp') return { action: 'reorder', delta: -1 }
    if (key === 'ArrowDown') return { action: 'reorder', delta: 1 }
    return null
  }
  switch (key) {
    case 'j': return { action: 'select', delta: 1 }
    case 'k': return { action: 'select', delta: -1 }
    case 's': return { action: 'split' }
    case '[': return { action: 'mergePrevious' }
    case ']': return { action: 'mergeNext' }
    case ',': return { action: 'moveFirstLine' }
    case '.': return { action: 'moveLastLine' }
    case '1': case '2': case '3': case '4': return { action: 'kind', index: Number(key) - 1 }
    case 'r': return { action: 'review', reset: press.shiftKey }
    case 'e': return { action: 'fields' }
    case 't': return { action: 'typo' }
    case 'l': return { action: 'lines' }
    case 'x': return { action: 'removeEntity' }
    case 'h': return { action: 'history' }
    case 'Delete': return { action: 'delete' }
    case '?': return { action: 'help' }
    default: return null
  }
}

/** True when the focused element takes typed keys itself. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}
