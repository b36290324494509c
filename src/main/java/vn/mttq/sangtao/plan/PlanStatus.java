package vn.mttq.sangtao.plan;

/** Where a plan stands between its first draft and its issue. */
public enum PlanStatus {
  DRAFT, SUBMITTED, RETURNED, ISSUED
}
