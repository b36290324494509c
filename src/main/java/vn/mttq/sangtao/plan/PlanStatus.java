package vn.mttq.sangtao.plan;

/** Where a plan stands between its first draft and its issue. */
enum PlanStatus {
  DRAFT, SUBMITTED, RETURNED, ISSUED
}
