package vn.mttq.sangtao.shared.security;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs engine work as the system rather than as the signed-in user, for what the application itself must know or do
 * (the names of council members; ending a vote the chair asked to end) that the user is not authorized for directly.
 */
public final class AsSystem {

  private AsSystem() {
  }

  public static <T> T call(IdentityService identityService, Supplier<T> work) {
    Authentication current = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (current != null) {
        identityService.setAuthentication(current);
      }
    }
  }
}
