import { isCjk } from '../text/chars'

/**
 * Reads reporters and photographers out of byline text ("本报记者 张三 李四 摄影 王五",
 * "By Jane Doe; photo: John Roe", "王五 摄"). A heuristic: the editor can always correct the
 * fields afterwards with `set-article-fields`.
 */

export interface BylineNames {
  readonly reporters: readonly string[]
  readonly photographers: readonly string[]
}

type Mode = 'reporter' | 'photographer'

const CJK_ROLES: readonly (readonly [string, Mode])[] = [
  ['摄影记者', 'photographer'],
  ['摄影', 'photographer'],
  ['图片', 'photographer'],
  ['图', 'photographer'],
  ['特约记者', 'reporter'],
  ['实习记者', 'reporter'],
  ['通讯员', 'reporter'],
  ['实习生', 'reporter'],
  ['记者', 'reporter'],
  ['撰文', 'reporter'],
  ['文', 'reporter']
]
const LATIN_ROLES: readonly (readonly [RegExp, Mode])[] = [
  [/^(photos?|photographs?|pictures?)(\s+by)?\s*/i, 'photographer'],
  [/^(by|text|words)(\s+by)?\s+/i, 'reporter']
]
const NOISE = new Set(['报道', '发', '电', '和', '与', 'and', '&'])

/** "本报记者张三" → role 'reporter' and rest "张三"; "新华社记者" → role, no rest (an agency prefix). */
function cjkRole(token: string): { mode: Mode; rest: string } | undefined {
  for (const [word, mode] of CJK_ROLES) {
    // A one-character role ("文", "图") only stands alone: "文静" is a name.
    if (word.length === 1 && token !== word) continue
    const at = token.indexOf(word)
    // The role word may follow an outlet name ("本报", "新华社") of at most 4 characters.
    if (at >= 0 && at <= 4) return { mode, rest: token.slice(at + word.length) }
  }
  return undefined
}

/** Splits byline text into reporter and photographer names. */
export function parseByline(text: string): BylineNames {
  const reporters: string[] = []
  const photographers: string[] = []
  let mode: Mode = 'reporter'
  let sinceMarker: string[] = []
  const add = (name: string): void => {
    const clean = name.trim().replace(/报道$/u, '')
    if (!clean || NOISE.has(clean.toLowerCase())) return
    ;(mode === 'reporter' ? reporters : photographers).push(clean)
    sinceMarker.push(clean)
  }
  // "张三 摄": the names read since the last role word were photographers.
  const markPhotographers = (): void => {
    for (const name of sinceMarker) {
      const at = reporters.lastIndexOf(name)
      if (at >= 0) reporters.splice(at, 1)
      if (!photographers.includes(name)) photographers.push(name)
    }
    sinceMarker = []
  }
  for (const chunk of text.split(/[,，、;；/／:：|·]+/u)) {
    let rest = chunk.trim()
    if (!rest) continue
    const hasCjk = Array.from(rest).some((c) => isCjk(c.charCodeAt(0)))
    if (!hasCjk) {
      // Latin names keep their spaces; a role word at the start switches the mode.
      for (const [pattern, role] of LATIN_ROLES) {
        const match = pattern.exec(rest)
        if (match) {
          mode = role
          sinceMarker = []
          rest = rest.slice(match[0].length)
          break
        }
      }
      for (const name of rest.split(/\s+(?:and|&)\s+/i)) add(name)
      continue
    }
    for (const raw of rest.split(/\s+/u)) {
      let token = raw
      if (token === '摄') {
        markPhotographers()
        continue
      }
      if (token.length > 1 && token.endsWith('摄') && !token.endsWith('摄影')) {
        add(token.slice(0, -1))
        markPhotographers()
        continue
      }
      const role = cjkRole(token)
      if (role) {
        mode = role.mode
        sinceMarker = []
        token = role.rest
      }
      add(token)
    }
  }
  return { reporters, photographers }
}
