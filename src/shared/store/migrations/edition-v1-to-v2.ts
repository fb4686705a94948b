import type { Migration } from './migration'

/**
 * Version 1 edition files ({schemaVersion: 1, edition}) predate the edit journal. Version 2
 * records which journal edit the file already contains; a v1 file contains none, so 0.
 */
export const editionV1ToV2: Migration = {
  kind: 'edition',
  from: 1,
  describe: 'add journalSeq (the journal of autosaved edits arrived in version 2)',
  migrate(raw) {
    return { ...raw, schemaVersion: 2, journalSeq: 0 }
  }
}
