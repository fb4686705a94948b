import { join } from 'node:path'
import { type Lexicon, emptyLexicon, lexiconSchema } from '../../shared/store/lexicon-file'
import { SCHEMA_VERSIONS } from '../../shared/store/schema-versions'
import { type RevisionPolicy, type Settings, defaultSettings, settingsSchema } from '../../shared/store/settings-file'
import type { StoreProblem } from '../../shared/store/store-types'
import { writeFileAtomic } from './atomic-write'
import type { CoalescingWriter } from './coalescing-writer'
import type { FsOps } from './fs-ops'
import { fileStamp, type StoreLayout } from './layout'
import { quarantineFile } from './quarantine'
import { DocumentReadError, type StoredDocument, storedDocument } from './stored-document'
import { StoreError, writeFailure } from './store-error'

interface SmallContext {
  readonly layout: StoreLayout
  readonly fs: FsOps
  readonly writer: CoalescingWriter
  readonly readOnlyReason: string | null
  readonly problems: StoreProblem[]
}

/** lexicon.json and settings.json: small documents read once at open and kept in memory. */
export class SmallDocuments {
  private lexiconDoc: StoredDocument<'lexicon'>
  private settingsDoc: StoredDocument<'settings'>
  private lexiconReadOnly: string | null = null
  private settingsReadOnly: string | null = null

  constructor(private readonly ctx: SmallContext) {
    const options = { fs: ctx.fs, writer: ctx.writer, pretty: true }
    this.lexiconDoc = storedDocument('lexicon', ctx.layout.lexicon, { schemaVersion: SCHEMA_VERSIONS.lexicon, lexicon: emptyLexicon() }, options)
    this.settingsDoc = storedDocument('settings', ctx.layout.settings, { schemaVersion: SCHEMA_VERSIONS.settings, settings: defaultSettings() }, options)
  }

  /** Reads both files; a damaged one is quarantined and replaced by defaults, a newer one is kept read-only. */
  async load(): Promise<void> {
    this.lexiconReadOnly = await this.read(this.lexiconDoc, 'lexicon.json', (raw) => {
      const parsed = lexiconSchema.safeParse((raw as { lexicon?: unknown } | null)?.lexicon)
      if (parsed.success) this.lexiconDoc.data = { schemaVersion: SCHEMA_VERSIONS.lexicon, lexicon: parsed.data }
    })
    this.settingsReadOnly = await this.read(this.settingsDoc, 'settings.json', (raw) => {
      const parsed = settingsSchema.safeParse((raw as { settings?: unknown } | null)?.settings)
      if (parsed.success) this.settingsDoc.data = { schemaVersion: SCHEMA_VERSIONS.settings, settings: parsed.data }
    })
  }

  getLexicon(): Lexicon {
    return structuredClone(this.lexiconDoc.data.lexicon)
  }

  async saveLexicon(lexicon: Lexicon): Promise<void> {
    if (this.lexiconReadOnly) throw new StoreError('STORE_NEWER_VERSION', this.lexiconReadOnly)
    const parsed = lexiconSchema.safeParse(lexicon)
    if (!parsed.success) throw new StoreError('INVALID_INPUT', `The lexicon is not valid: ${parsed.error.issues[0]?.message ?? 'invalid'}.`)
    this.lexiconDoc.data = { schemaVersion: SCHEMA_VERSIONS.lexicon, lexicon: parsed.data }
    await this.lexiconDoc.write().catch((error: unknown) => { throw writeFailure('the lexicon', error) })
  }

  getSettings(): Settings {
    return structuredClone(this.settingsDoc.data.settings)
  }

  async saveSettings(settings: Settings): Promise<void> {
    if (this.settingsReadOnly) throw new StoreError('STORE_NEWER_VERSION', this.settingsReadOnly)
    const parsed = settingsSchema.safeParse(settings)
    if (!parsed.success) throw new StoreError('INVALID_INPUT', `The settings are not valid: ${parsed.error.issues[0]?.message ?? 'invalid'}.`)
    this.settingsDoc.data = { schemaVersion: SCHEMA_VERSIONS.settings, settings: parsed.data }
    await this.settingsDoc.write().catch((error: unknown) => { throw writeFailure('the settings', error) })
  }

  revisionPolicy(): RevisionPolicy {
    return this.settingsDoc.data.settings.revisions
  }

  // Returns the read-only reason (newer file) or null.
  private async read<K extends 'lexicon' | 'settings'>(doc: StoredDocument<K>, name: string, salvage: (raw: unknown) => void): Promise<string | null> {
    try {
      await doc.read()
    } catch (error) {
      if (!(error instanceof DocumentReadError)) throw error
      const outcome = error.outcome
      if (outcome.status === 'missing') return null
      if (outcome.status === 'newer') {
        salvage(outcome.raw)
        const reason = `${name} was saved by a newer version of Galley (schema ${outcome.version}); it is used read-only and will not be changed. Update Galley to change it.`
        this.ctx.problems.push({ id: `newer-${name}`, kind: 'newer-version', file: name, editionId: null, reason, detectedAt: new Date().toISOString(), quarantinedAs: null, lastGoodRevision: null })
        return reason
      }
      if (!this.ctx.readOnlyReason) await quarantineFile(this.ctx.fs, this.ctx.layout, doc.adapter.path, outcome.reason, null)
      return null
    }
    const migration = doc.adapter.lastMigration
    if (migration && !this.ctx.readOnlyReason) {
      const backup = join(this.ctx.layout.backups, `${fileStamp(new Date().toISOString())}-${name}.v${migration.fromVersion}.json`)
      await this.ctx.fs.mkdir(this.ctx.layout.backups, { recursive: true })
      await writeFileAtomic(this.ctx.fs, backup, migration.originalBytes)
      await doc.write()
    }
    return null
  }
}
