import type { EntityType } from '../../shared/model/analysis'

/**
 * The BIOES label set of the sequence tagger: O, then B/I/E/S for each model-tagged type.
 * Label ids are dense small integers so weights are a flat (bucket × label) matrix.
 */

/** The entity types the statistical model learns (the corpus annotates only these). */
export const MODEL_TYPES = ['PERSON', 'PLACE', 'ORG', 'TIME'] as const satisfies readonly EntityType[]
export type ModelType = (typeof MODEL_TYPES)[number]

export const LABEL_COUNT = 1 + MODEL_TYPES.length * 4
export const LABEL_O = 0

export const POSITION = { B: 0, I: 1, E: 2, S: 3 } as const

/** The label id of position (B/I/E/S) for model type index t. */
export function labelId(typeIndex: number, position: number): number {
  return 1 + typeIndex * 4 + position
}

/** Type index of a non-O label. */
export function labelType(label: number): number {
  return (label - 1) >> 2
}

/** Position (B/I/E/S) of a non-O label. */
export function labelPosition(label: number): number {
  return (label - 1) & 3
}

/** True when label `next` may follow label `prev` in a well-formed BIOES sequence. */
export function allowedTransition(prev: number, next: number): boolean {
  const prevOpen = prev !== LABEL_O && (labelPosition(prev) === POSITION.B || labelPosition(prev) === POSITION.I)
  const nextInside = next !== LABEL_O && (labelPosition(next) === POSITION.I || labelPosition(next) === POSITION.E)
  if (prevOpen) return nextInside && labelType(prev) === labelType(next)
  return !nextInside
}

/** May a sequence start with this label? */
export function allowedStart(label: number): boolean {
  return label === LABEL_O || labelPosition(label) === POSITION.B || labelPosition(label) === POSITION.S
}

/** May a sequence end with this label? */
export function allowedEnd(label: number): boolean {
  return label === LABEL_O || labelPosition(label) === POSITION.E || labelPosition(label) === POSITION.S
}

/** A typed span in label space: [start, end) and the model type index. */
export interface LabelSpan {
  readonly start: number
  readonly end: number
  readonly typeIndex: number
}

/** Encodes spans (non-overlapping, sorted or not) as BIOES labels over [0, length). */
export function spansToLabels(length: number, spans: readonly LabelSpan[]): Uint8Array {
  const labels = new Uint8Array(length)
  for (const s of spans) {
    if (s.start < 0 || s.end > length || s.end <= s.start) continue
    let clash = false
    for (let i = s.start; i < s.end; i++) if (labels[i] !== LABEL_O) clash = true
    if (clash) continue
    if (s.end - s.start === 1) {
      labels[s.start] = labelId(s.typeIndex, POSITION.S)
      continue
    }
    labels[s.start] = labelId(s.typeIndex, POSITION.B)
    for (let i = s.start + 1; i < s.end - 1; i++) labels[i] = labelId(s.typeIndex, POSITION.I)
    labels[s.end - 1] = labelId(s.typeIndex, POSITION.E)
  }
  return labels
}

/** Decodes a well-formed BIOES label sequence into spans (offsets relative to the sequence). */
export function labelsToSpans(labels: ArrayLike<number>, offset = 0): LabelSpan[] {
  const spans: LabelSpan[] = []
  let open = -1
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i] ?? LABEL_O
    if (l === LABEL_O) { open = -1; continue }
    const pos = labelPosition(l)
    if (pos === POSITION.S) { spans.push({ start: offset + i, end: offset + i + 1, typeIndex: labelType(l) }); open = -1 }
    else if (pos === POSITION.B) open = i
    else if (pos === POSITION.E && open >= 0) { spans.push({ start: offset + open, end: offset + i + 1, typeIndex: labelType(l) }); open = -1 }
  }
  return spans
}
