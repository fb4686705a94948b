/**
 * The one rule for what happens to a span when text is edited: a span before the edit stays, a
 * span after it shifts by the change in length, a span containing the edit grows or shrinks
 * with it, and a span the edit cuts across is invalidated. An insertion exactly at a span's
 * start or end is taken into the span (typing at the end of a name extends it).
 */

export interface Span {
  readonly start: number
  readonly end: number
}

/** An edit of text: [start, end) replaced by `insertedLength` code units. */
export interface TextEdit {
  readonly start: number
  readonly end: number
  readonly insertedLength: number
}

export type RebaseResult =
  | { readonly status: 'unchanged'; readonly span: Span }
  | { readonly status: 'shifted'; readonly span: Span }
  | { readonly status: 'resized'; readonly span: Span }
  | { readonly status: 'invalidated' }

/** Rebases a span over an edit of the text it points into. */
export function rebaseSpan(span: Span, edit: TextEdit): RebaseResult {
  const delta = edit.insertedLength - (edit.end - edit.start)
  const insertion = edit.start === edit.end
  if (edit.start >= span.end && !(insertion && edit.start === span.end)) return { status: 'unchanged', span }
  if (edit.end <= span.start && !(insertion && edit.start === span.start)) {
    return delta === 0 ? { status: 'unchanged', span } : { status: 'shifted', span: { start: span.start + delta, end: span.end + delta } }
  }
  if (edit.start >= span.start && edit.end <= span.end) {
    return { status: 'resized', span: { start: span.start, end: span.end + delta } }
  }
  return { status: 'invalidated' }
}
