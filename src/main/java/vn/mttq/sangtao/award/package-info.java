/**
 * Commendation and award proposals up the levels, the annual assessment and phase summary.
 */
@ApplicationModule(displayName = "Khen thưởng")
package vn.mttq.sangtao.award;

import org.springframework.modulith.ApplicationModule;
