import type { ReviewState } from '../../shared/model/analysis'

const NEXT: Record<ReviewState, ReviewState> = { auto: 'reviewed', reviewed: 'approved', approved: 'approved' }

/** The next review state along auto → reviewed → approved (approved stays approved): the UI's "advance" key. */
export function advanceReview(review: ReviewState): ReviewState {
  return NEXT[review]
}
