/**
 * The unit tree (committees and member organisations), its import, and the Camunda groups and visibility derived
 * from it.
 */
@ApplicationModule(displayName = "Đơn vị")
package vn.mttq.sangtao.unit;

import org.springframework.modulith.ApplicationModule;
