/**
 * Reads the caret and the text selection back as offsets. Text runs in the source pane and in
 * article bodies carry `data-src` (source offset of their first character), body runs also
 * `data-body` (body offset) and `data-kind`; each run holds one text node, so an offset inside
 * a run is the DOM offset inside that node. Nothing here edits the page.
 */

interface Point {
  readonly run: HTMLElement
  readonly offset: number
}

function pointOf(node: Node | null, offset: number): Point | null {
  if (node === null) return null
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element)
  const run = element?.closest<HTMLElement>('[data-src]')
  if (!run) return null
  // A caret placed on the run element itself (not in its text) sits before or after its text.
  const inText = node.nodeType === Node.TEXT_NODE ? offset : offset > 0 ? (run.textContent ?? '').length : 0
  return { run, offset: inText }
}

/** The article and source offset of the caret, when it lies in the source pane or a body. */
export function caretSourceOffset(): { articleId: string; offset: number } | null {
  const selection = window.getSelection()
  if (!selection || selection.rangeCount === 0) return null
  const point = pointOf(selection.focusNode, selection.focusOffset)
  const articleId = point?.run.closest<HTMLElement>('[data-caret-article]')?.dataset.caretArticle
  if (!point || !articleId) return null
  const src = Number(point.run.dataset.src)
  // Inside repaired text the caret cannot be mapped character by character: use the repair's start.
  const offset = point.run.dataset.kind === 'repair' || point.run.dataset.kind === 'break' ? src : src + point.offset
  return { articleId, offset }
}

/** The selected body text of an article: body offsets [start, end) and the text, or null. */
export function selectedBodyRange(): { articleId: string; start: number; end: number; text: string } | null {
  const selection = window.getSelection()
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null
  const a = pointOf(selection.anchorNode, selection.anchorOffset)
  const b = pointOf(selection.focusNode, selection.focusOffset)
  if (!a || !b || a.run.dataset.body === undefined || b.run.dataset.body === undefined) return null
  const body = a.run.closest<HTMLElement>('[data-body-of]')
  if (!body || body !== b.run.closest('[data-body-of]')) return null
  const x = Number(a.run.dataset.body) + a.offset
  const y = Number(b.run.dataset.body) + b.offset
  const start = Math.min(x, y)
  const end = Math.max(x, y)
  return { articleId: body.dataset.bodyOf ?? '', start, end, text: selection.toString() }
}

/** Source offset of a point: inside repaired text or a paragraph break, the run's own source offset. */
function sourceOffsetOf(point: Point): number {
  const src = Number(point.run.dataset.src)
  return point.run.dataset.kind === 'repair' || point.run.dataset.kind === 'break' ? src : src + point.offset
}

/**
 * The selected text as a source span of one article, whether selected in its card body or in the
 * source pane (both ends in the same article), or null. What `add-entity` takes.
 */
export function selectedSourceRange(): { articleId: string; start: number; end: number } | null {
  const selection = window.getSelection()
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null
  const a = pointOf(selection.anchorNode, selection.anchorOffset)
  const b = pointOf(selection.focusNode, selection.focusOffset)
  const articleA = a?.run.closest<HTMLElement>('[data-caret-article]')?.dataset.caretArticle
  const articleB = b?.run.closest<HTMLElement>('[data-caret-article]')?.dataset.caretArticle
  if (!a || !b || !articleA || articleA !== articleB) return null
  const x = sourceOffsetOf(a)
  const y = sourceOffsetOf(b)
  return { articleId: articleA, start: Math.min(x, y), end: Math.max(x, y) }
}
