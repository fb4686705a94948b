import { z } from 'zod'
import { ERROR_CODES } from '../errors'
import { editionMetaSchema, editionSchema, pageSchema } from '../model/edition'
import { catalogEntrySchema } from '../store/catalog-file'
import { journalEditSchema } from '../store/journal-edit'
import { openedEditionSchema, revisionInfoSchema, storeProblemSchema } from '../store/store-types'
import { MAX_FILE_NAME_LENGTH, MAX_PAGE_FILE_BYTES } from './limits'

/**
 * Every IPC route, declared once: name -> zod input and output. Main's router validates input
 * against these before a handler runs; the handler map type (src/main/ipc/handler-types.ts)
 * makes a route without a handler a compile error. See docs/ipc.md, "Adding a route".
 */

const noInput = z.object({}).strict()

/** Edition ids become file names in the store, so only safe characters pass. */
export const editionIdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/, 'not an edition id')

// The bytes cap is a little above the page limit so an oversize file reaches the decoder and
// gets its specific FILE_TOO_LARGE message rather than a generic validation error.
const pageBytesSchema = z
  .instanceof(Uint8Array)
  .refine((bytes) => bytes.byteLength <= MAX_PAGE_FILE_BYTES + 1024 * 1024, 'the file is over 21 MB')

export const openDialogResultSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('cancelled') }),
  z.object({ status: z.literal('opened'), page: pageSchema })
])
export type OpenDialogResult = z.infer<typeof openDialogResultSchema>

/**
 * One file chosen in the several-files open dialog: its bytes (the renderer then handles it
 * exactly like a dropped file, `page.analyzeBytes`), or why main could not read it.
 */
export const chosenFileSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('read'), fileName: z.string(), bytes: pageBytesSchema }),
  z.object({ status: z.literal('refused'), fileName: z.string(), error: z.object({ code: z.enum(ERROR_CODES), message: z.string() }) })
])
export type ChosenFile = z.infer<typeof chosenFileSchema>

export const startupInfoSchema = z.object({
  version: z.string(),
  dataDir: z.string(),
  /** True on first start (no editions yet) or when launched with --sample. */
  openSample: z.boolean()
})
export type StartupInfo = z.infer<typeof startupInfoSchema>

export const routes = {
  'app.startup': { input: noInput, output: startupInfoSchema },
  'page.openSample': { input: noInput, output: pageSchema },
  'page.openDialog': { input: noInput, output: openDialogResultSchema },
  // File ▸ Open with several files: an empty list when the person cancels.
  'page.openDialogMany': { input: noInput, output: z.object({ files: z.array(chosenFileSchema) }) },
  'page.analyzeBytes': {
    input: z.object({ fileName: z.string().min(1).max(MAX_FILE_NAME_LENGTH), bytes: pageBytesSchema }).strict(),
    output: pageSchema
  },
  'edition.list': { input: noInput, output: z.array(catalogEntrySchema) },
  'edition.create': {
    input: z.object({ meta: editionMetaSchema, pages: z.array(pageSchema).min(1).max(200) }).strict(),
    output: editionSchema
  },
  'edition.open': { input: z.object({ id: editionIdSchema }).strict(), output: openedEditionSchema },
  'edition.save': { input: z.object({ edition: editionSchema }).strict(), output: z.object({ updatedAt: z.string() }) },
  // Autosave between full saves: one journalled edit (docs/storage.md, "Journal").
  'edition.appendEdit': { input: z.object({ editionId: editionIdSchema, edit: journalEditSchema }).strict(), output: z.object({}) },
  // Recovery (docs/storage.md, "Damage"): files the store refused, an edition's kept revisions,
  // and restoring one of them — the way back for a damaged edition.
  'store.problems': { input: noInput, output: z.array(storeProblemSchema) },
  'edition.revisions': { input: z.object({ id: editionIdSchema }).strict(), output: z.array(revisionInfoSchema) },
  'edition.restoreRevision': {
    input: z.object({ id: editionIdSchema, revisionId: z.string().regex(/^[A-Za-z0-9._-]{1,200}$/, 'not a revision id') }).strict(),
    output: editionSchema
  }
} as const satisfies Record<string, { input: z.ZodType; output: z.ZodType }>

export type Routes = typeof routes
export type RouteName = keyof Routes
/** What a caller sends (before zod defaults apply). */
export type RouteInput<R extends RouteName> = z.input<Routes[R]['input']>
/** What a handler receives (after validation and defaults). */
export type RouteParsedInput<R extends RouteName> = z.output<Routes[R]['input']>
export type RouteOutput<R extends RouteName> = z.output<Routes[R]['output']>

/** True when `name` is a declared route. */
export function isRouteName(name: unknown): name is RouteName {
  return typeof name === 'string' && Object.hasOwn(routes, name)
}
