/**
 * Plans, their issuance and cascade down the tree, each recipient's implementation and deadlines; announces an
 * issued plan (PlanIssued).
 */
@ApplicationModule(displayName = "Kế hoạch")
package vn.mttq.sangtao.plan;

import org.springframework.modulith.ApplicationModule;
