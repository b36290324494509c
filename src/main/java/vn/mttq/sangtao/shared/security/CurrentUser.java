package vn.mttq.sangtao.shared.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import vn.mttq.sangtao.shared.web.ForbiddenException;

/**
 * The user the current API request was authenticated as (HTTP Basic against Camunda's identity service, see
 * {@link RestSecurityConfig}).
 */
@Component
public class CurrentUser {

  private final IdentityService identityService;

  CurrentUser(IdentityService identityService) {
    this.identityService = identityService;
  }

  public String id() {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication == null ? null : authentication.getUserId();
  }

  public List<String> groupIds() {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication == null || authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
  }

  public boolean isAdministrator() {
    return groupIds().contains(Groups.CAMUNDA_ADMIN);
  }

  public void requireAdministrator() {
    if (!isAdministrator()) {
      throw new ForbiddenException("Chỉ quản trị hệ thống (nhóm camunda-admin) được làm việc này.");
    }
  }
}
