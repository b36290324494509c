/**
 * In-app notices and e-mail.
 */
@ApplicationModule(displayName = "Thông báo")
package vn.mttq.sangtao.notification;

import org.springframework.modulith.ApplicationModule;
