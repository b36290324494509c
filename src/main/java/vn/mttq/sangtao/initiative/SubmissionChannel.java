package vn.mttq.sangtao.initiative;

/** How an initiative arrived. */
enum SubmissionChannel {
  /** A staff member's start form in Tasklist. */
  TASKLIST,
  /** {@code POST /api/initiatives}. */
  API,
  /** The public page, by someone without an account. */
  PUBLIC
}
