/**
 * Reads reporters and photographers out of byline text ("本报记者 张三 李四 摄影 王五",
 * "By Jane Doe; photos by John Roe", "王五 摄"). A heuristic: the editor can always correct the
 * fields afterwards with `set-article-fields`.
 */

export interface BylineNames {
  readonly reporters: readonly string[]
  readonly photographers: readonly string[]
}

const REPORTER_WORDS = ['本报特约记者', '本报记者', '特约记者', '实习记者', '本报通讯员', '通讯员', '实习生', '记者', '撰文', '文', 'by', 'reporter', 'reporters', 'text']
const PHOTOGRAPHER_WORDS = ['摄影记者', '本报摄影', '摄影', '图片', '图', '摄', 'photo', 'photos', 'photographer', 'photography']
// Longest first, so "本报记者" is stripped before "记者".
const PREFIXES = [...REPORTER_WORDS.map((w) => [w, 'reporter'] as const), ...PHOTOGRAPHER_WORDS.map((w) => [w, 'photographer'] as const)]
  .sort((a, b) => b[0].length - a[0].length)
const NOISE = new Set(['报道', '发', '电', 'and', '&', '和', '与'])
const SEPARATORS = /[\s,，、;；/／:：|·]+/u

type Mode = 'reporter' | 'photographer'

/** Splits byline text into reporter and photographer names. */
export function parseByline(text: string): BylineNames {
  const reporters: string[] = []
  const photographers: string[] = []
  let mode: Mode = 'reporter'
  let sinceMarker: string[] = []
  const add = (name: string): void => {
    ;(mode === 'reporter' ? reporters : photographers).push(name)
    sinceMarker.push(name)
  }
  for (const raw of text.split(SEPARATORS)) {
    let token = raw.trim()
    if (!token || NOISE.has(token.toLowerCase())) continue
    // "王五摄" / "张三 摄": the names just read were photographers.
    if (token === '摄' || (token.endsWith('摄') && token.length > 1 && !token.endsWith('摄影'))) {
      if (token !== '摄') add(token.slice(0, -1))
      for (const name of sinceMarker) {
        const at = reporters.lastIndexOf(name)
        if (at >= 0) {
          reporters.splice(at, 1)
          photographers.push(name)
        }
      }
      sinceMarker = []
      continue
    }
    const lower = token.toLowerCase()
    const prefix = PREFIXES.find(([word]) => lower.startsWith(word))
    if (prefix) {
      mode = prefix[1]
      sinceMarker = []
      token = token.slice(prefix[0].length)
      if (!token) continue
    }
    if (token.endsWith('报道')) token = token.slice(0, -2)
    if (token) add(token)
  }
  return { reporters, photographers }
}
