package vn.mttq.sangtao.unit;

import java.time.Clock;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

import vn.mttq.sangtao.shared.BusinessTime;

import vn.mttq.sangtao.shared.security.AsSystem;

/** Which units a user works for as staff, from their Camunda groups ({@code <unit>.staff}). */
@Component
public class StaffMembership {

  private final IdentityService identityService;
  private final UnitService units;
  private final Clock clock;

  StaffMembership(IdentityService identityService, UnitService units, Clock clock) {
    this.identityService = identityService;
    this.units = units;
    this.clock = clock;
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

  /**
   * The unit a person acts for when they start a piece of work in a form: the one they name, if they are its staff,
   * or else the only unit whose staff they are, as long as it has not ended. Otherwise the problem, in Vietnamese,
   * from the caller's words.
   */
  public Acting actingUnit(String userId, String named, ActingWords words) {
    Acting acting = whichUnit(userId, named, words);
    if (acting.unitCode() == null) {
      return acting;
    }
    String ended = units.find(acting.unitCode()).map(u -> u.validityProblem(BusinessTime.today(clock))).orElse(null);
    return ended == null ? acting : new Acting(null, ended + " Không " + words.doing() + " cho đơn vị này được nữa.");
  }

  private Acting whichUnit(String userId, String named, ActingWords words) {
    if (named != null && !named.isBlank()) {
      String code = named.strip();
      return userId != null && isStaff(userId, code) ? new Acting(code, null) : new Acting(null,
          "Bạn không phải cán bộ của đơn vị «" + code + "», nên không " + words.doing() + " thay đơn vị đó được.");
    }
    List<String> units = unitsOf(userId);
    if (units.size() == 1) {
      return new Acting(units.get(0), null);
    }
    return new Acting(null, units.isEmpty() ? words.noUnit()
        : "Bạn là cán bộ của nhiều đơn vị (" + String.join(", ", units) + "); " + words.nameIt());
  }

  /**
   * How a caller words the refusals: {@code noUnit} when the person is nobody's staff, {@code nameIt} to ask for
   * the unit's code, {@code doing} what they may not do for another unit ("soạn kế hoạch").
   */
  public record ActingWords(String noUnit, String nameIt, String doing) {
  }

  /** The unit acted for, or the problem. */
  public record Acting(String unitCode, String problem) {
  }
}
