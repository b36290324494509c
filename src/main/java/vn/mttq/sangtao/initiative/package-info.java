/**
 * Initiatives from staff and the public, the novelty search, the council and its vote, recognition and application.
 */
@ApplicationModule(displayName = "Sáng kiến")
package vn.mttq.sangtao.initiative;

import org.springframework.modulith.ApplicationModule;
