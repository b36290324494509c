/**
 * The supervisors' overview of their line.
 */
@ApplicationModule(displayName = "Tổng quan")
package vn.mttq.sangtao.overview;

import org.springframework.modulith.ApplicationModule;
