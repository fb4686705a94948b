/** English strings for telling the editor about damaged or newer files and restoring them. */
export const recoveryEn = {
  recovery: {
    heading: 'Some editions could not be opened',
    quarantined: '“{{file}}” was damaged ({{reason}}). The damaged copy was kept as {{kept}}.',
    newer: '“{{file}}” was written by a newer version of Galley; it is left untouched.',
    restore: 'Restore its last good revision',
    noRevision: 'No earlier revision of it was kept.',
    restored: 'Restored the edition from its revision of {{savedAt}}.',
    dismiss: 'Dismiss'
  }
}
