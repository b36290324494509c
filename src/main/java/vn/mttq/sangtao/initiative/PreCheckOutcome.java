package vn.mttq.sangtao.initiative;

/** What the receiving committee's staff decide after checking an initiative. */
enum PreCheckOutcome {
  /** It repeats an earlier initiative: not reviewed further. */
  NOT_NEW,
  /** Something is missing: the author supplements it by a deadline. */
  SUPPLEMENT,
  /** Complete and new: the committee's leaders name a council. */
  COUNCIL
}
