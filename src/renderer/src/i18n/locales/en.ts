import { recoveryEn } from './recovery.en'
import { workbenchEn } from './workbench.en'

/** English UI strings. zh-CN.ts must have exactly the same keys (the type checks it). */
export const en = {
  app: {
    title: 'Galley',
    language: 'Language',
    dataDir: 'Data folder: {{dir}}'
  },
  toolbar: {
    openFile: 'Open file…',
    openSample: 'Open sample',
    saveAs: 'Save as edition…',
    save: 'Save edition',
    editions: 'Editions',
    backToPage: 'Back to page'
  },
  empty: {
    title: 'No page open',
    body: 'Open a page file with File ▸ Open, drop a .txt file anywhere on this window, or open the sample page.'
  },
  drop: {
    overlay: 'Drop the page file to open it',
    onlyFirst: 'Several files were dropped; opened only “{{name}}”.'
  },
  source: {
    heading: 'Source',
    label: 'Source text of {{name}}',
    meta: '{{name}} · {{encoding}} · {{chars}} characters'
  },
  articles: {
    heading: 'Articles ({{count}})',
    none: 'No articles were found on this page.',
    untitled: '(no headline)',
    range: 'characters {{start}}–{{end}}',
    entities: '{{count}} tagged names, places, dates…',
    reporters: 'Reporters: {{names}}',
    photographers: 'Photos: {{names}}',
    kind: { news: 'News', photo: 'Photo', brief: 'Brief', other: 'Other' }
  },
  save: {
    heading: 'Save as edition',
    newspaper: 'Newspaper',
    date: 'Date',
    issueNumber: 'Issue number (optional)',
    submit: 'Save edition',
    cancel: 'Cancel',
    saved: 'Saved the edition “{{newspaper}}”, {{date}}.',
    resaved: 'Saved “{{newspaper}}”, {{date}}.'
  },
  editions: {
    heading: 'Editions',
    none: 'No editions saved yet. Open a page and save it as an edition.',
    open: 'Open',
    summary: '{{pages}} page(s) · {{articles}} article(s) · saved {{updated}}',
    loading: 'Loading editions…',
    readOnly: 'This edition is read-only: {{reason}}',
    opened: 'Opened the edition “{{newspaper}}”, {{date}}.'
  },
  status: {
    working: 'Working…',
    opening: 'Opening {{name}}…',
    opened: 'Opened {{name}}: {{count}} article(s).',
    dismiss: 'Dismiss'
  },
  errors: {
    INVALID_INPUT: 'Galley refused a malformed request',
    NOT_FOUND: 'Not found',
    INTERNAL: 'Something went wrong inside Galley',
    STORE_LOCKED: 'The edition store is in use by another Galley',
    STORE_DAMAGED: 'A stored file is damaged',
    STORE_NEWER_VERSION: 'The edition store was written by a newer Galley',
    STORE_READ_ONLY: 'The edition store is read-only',
    STORE_WRITE_FAILED: 'Saving failed',
    STORE_CLOSED: 'The edition store is closed',
    FORBIDDEN_SENDER: 'A request came from outside Galley',
    UNKNOWN_ROUTE: 'Galley does not know that request',
    FILE_NOT_FOUND: 'The file was not found',
    FILE_UNREADABLE: 'The file could not be read',
    FILE_EMPTY: 'The file is empty',
    FILE_BINARY: 'This is not a text file',
    FILE_TOO_LARGE: 'The file is too large',
    FILE_UNDECODABLE: 'The file’s text encoding was not recognised',
    unknown: 'Something went wrong',
    tooLargeLocal: '“{{name}}” is {{size}} MB; Galley opens page files up to 20 MB.'
  },
  ...workbenchEn,
  ...recoveryEn
}

/** The shape every locale must have. */
export type Messages = typeof en
