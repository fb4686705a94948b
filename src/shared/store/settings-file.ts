import { z } from 'zod'
import { SCHEMA_VERSIONS } from './schema-versions'

/** How many previous revisions of each edition the store keeps (docs/storage.md, "Revisions"). */
export const revisionPolicySchema = z.object({
  keepLast: z.number().int().min(1).max(1000).default(50),
  keepDailyForDays: z.number().int().min(0).max(3650).default(30)
})
export type RevisionPolicy = z.infer<typeof revisionPolicySchema>

/** User preferences. Every field has a default so older files and new fields get along. */
export const settingsSchema = z.object({
  locale: z.enum(['zh-CN', 'en']).default('zh-CN'),
  /** Delay between an edit and its autosave to the journal. */
  autosaveDelayMs: z.number().int().min(100).max(10_000).default(800),
  revisions: revisionPolicySchema.default({ keepLast: 50, keepDailyForDays: 30 })
})
export type Settings = z.infer<typeof settingsSchema>

/** settings.json */
export const settingsFileSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSIONS.settings),
  settings: settingsSchema
})
export type SettingsFile = z.infer<typeof settingsFileSchema>

/** The settings of a fresh data folder. */
export function defaultSettings(): Settings {
  return settingsSchema.parse({})
}
