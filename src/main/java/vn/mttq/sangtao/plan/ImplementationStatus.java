package vn.mttq.sangtao.plan;

/** Where an implementing recipient stands with a plan it received. */
enum ImplementationStatus {
  /** The task is there; receipt not yet acknowledged. */
  PENDING,
  /** Receipt acknowledged; the unit's own plan not yet done. */
  ACKNOWLEDGED,
  /** The unit's own plan was issued to its own recipients. */
  PLAN_ISSUED,
  /** A unit without recipients of its own recorded its plan. */
  RECORDED
}
