/** The largest page file Galley accepts: a page of text is a few hundred KB; 20 MB is surely not text. */
export const MAX_PAGE_FILE_BYTES = 20 * 1024 * 1024

/** Longest file name accepted over IPC (file systems stop at 255 bytes). */
export const MAX_FILE_NAME_LENGTH = 255
