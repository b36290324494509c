/**
 * The Tasklist filters every user sees, and the way features add their own.
 */
@ApplicationModule(displayName = "Tasklist")
package vn.mttq.sangtao.tasklist;

import org.springframework.modulith.ApplicationModule;
