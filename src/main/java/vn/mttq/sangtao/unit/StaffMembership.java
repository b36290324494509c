package vn.mttq.sangtao.unit;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

import vn.mttq.sangtao.shared.security.AsSystem;

/** Which units a user works for as staff, from their Camunda groups ({@code <unit>.staff}). */
@Component
public class StaffMembership {

  private final IdentityService identityService;

  StaffMembership(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** The codes of the units whose staff the user belongs to. */
  public List<String> unitsOf(String userId) {
    if (userId == null) {
      return List.of();
    }
    return AsSystem.call(identityService, () -> identityService.createGroupQuery().groupMember(userId).list())
        .stream().map(Group::getId).filter(id -> id.endsWith(UnitGroups.STAFF_SUFFIX))
        .map(id -> id.substring(0, id.length() - UnitGroups.STAFF_SUFFIX.length())).toList();
  }

  public boolean isStaff(String userId, String unitCode) {
    return unitsOf(userId).contains(unitCode);
  }
}
