/**
 * The demo tree, users and data loaded on a fresh H2 database.
 */
@ApplicationModule(displayName = "Dữ liệu mẫu")
package vn.mttq.sangtao.demo;

import org.springframework.modulith.ApplicationModule;
