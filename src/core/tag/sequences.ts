/**
 * Splits text into the stretches the tagger decodes one at a time: lines and sentences.
 * Entities never cross a line break or a sentence end, and short sequences keep Viterbi's
 * scratch memory small even for a 20 MB page of one endless line.
 */

const MAX_SEQUENCE = 400

function isBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d
}

function isSentenceEnd(code: number): boolean {
  // 。！？； and their ASCII forms (! ? ;), which end a stretch no entity crosses.
  return code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 0xff1b || code === 0x21 || code === 0x3f || code === 0x3b
}

function isSoftBreak(code: number): boolean {
  // ，、 and ASCII comma: only used to split a sentence longer than MAX_SEQUENCE.
  return code === 0xff0c || code === 0x3001 || code === 0x2c || code === 0x20
}

/** Returns [start0, end0, start1, end1, …] covering every non-break character of text. */
export function splitSequences(text: string): Int32Array {
  const out: number[] = []
  let start = 0
  let lastSoft = -1
  const n = text.length
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i)
    if (isBreak(code)) {
      if (i > start) out.push(start, i)
      start = i + 1
      lastSoft = -1
      continue
    }
    if (isSentenceEnd(code)) {
      out.push(start, i + 1)
      start = i + 1
      lastSoft = -1
      continue
    }
    if (isSoftBreak(code)) lastSoft = i
    if (i + 1 - start >= MAX_SEQUENCE) {
      // Cut at the last comma if there is one, else hard; avoid splitting a surrogate pair.
      let cut = lastSoft > start ? lastSoft + 1 : i + 1
      if (cut < n && cut > start && (text.charCodeAt(cut) & 0xfc00) === 0xdc00) cut--
      if (cut <= start) cut = i + 1
      out.push(start, cut)
      start = cut
      lastSoft = -1
    }
  }
  if (n > start) out.push(start, n)
  return Int32Array.from(out)
}
