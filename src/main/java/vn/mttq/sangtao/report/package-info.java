/**
 * The reporting calendar of an issued plan, periodic reports with reminders, their review, consolidation and
 * exports, inspections.
 */
@ApplicationModule(displayName = "Báo cáo")
package vn.mttq.sangtao.report;

import org.springframework.modulith.ApplicationModule;
