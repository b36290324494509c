/**
 * What every module may use: configuration, the business clock and calendar, whole numbers, security (the engine
 * guard, the current user, authorizations), the web's error answers and the task-form helpers. An open module: its
 * sub-packages are its API, and it depends on no feature module.
 */
@ApplicationModule(displayName = "Dùng chung", type = ApplicationModule.Type.OPEN)
package vn.mttq.sangtao.shared;

import org.springframework.modulith.ApplicationModule;
