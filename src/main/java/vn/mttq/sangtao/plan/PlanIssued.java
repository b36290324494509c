package vn.mttq.sangtao.plan;

/**
 * A plan was issued and its recipients started (published in the issuance's transaction, so a listener's work commits
 * or rolls back with it): the reporting module schedules the plan's periods.
 *
 * @param planId the plan
 * @param businessKey the issuance's business key, which the plan's other processes share
 * @param issuingUnitCode who issued it
 */
public record PlanIssued(Long planId, String businessKey, String issuingUnitCode) {
}
