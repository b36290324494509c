package vn.mttq.sangtao.unit;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.mttq.sangtao.shared.security.CurrentUser;
import vn.mttq.sangtao.shared.web.ForbiddenException;

/**
 * The line rule, in one place, for the signed-in user: the staff and leaders of a unit read the work of their unit
 * and of every unit below it; they act only for their own unit — staff do its work, leaders approve and decide.
 * Administrators read everything. Each record's policy (plans, reports, initiatives, awards) says which unit a record
 * belongs to and asks this class.
 */
@Component
public class UnitAccess {

  private final UnitService units;
  private final CurrentUser currentUser;

  UnitAccess(UnitService units, CurrentUser currentUser) {
    this.units = units;
    this.currentUser = currentUser;
  }

  /** Whether the user is staff or a leader of the unit or of a unit above it. */
  public boolean reads(String unitCode) {
    if (currentUser.isAdministrator()) {
      return true;
    }
    return lineReads(currentUser.groupIds(), unitCode);
  }

  /** Whether these groups hold the staff or leaders group of the unit or of a unit above it: the line rule itself. */
  public boolean lineReads(java.util.Collection<String> groups, String unitCode) {
    if (unitCode == null || units.find(unitCode).isEmpty()) {
      return false;
    }
    return units.lineage(unitCode).stream().anyMatch(u -> groups.contains(UnitGroups.staff(u.code()))
        || groups.contains(UnitGroups.leaders(u.code())));
  }

  /** Refuses with a Vietnamese message unless {@link #reads(String)}; {@code what} names the record ("báo cáo này"). */
  public void requireReads(String unitCode, String what) {
    if (!reads(unitCode)) {
      String name = units.find(unitCode).map(UnitView::name).orElse(unitCode);
      throw new ForbiddenException("Chỉ cán bộ, lãnh đạo của «" + name + "» hoặc của cấp trên được xem " + what
          + ".");
    }
  }

  /** Refuses unless the user is staff of the unit (who do its work) or an administrator. */
  public void requireStaff(String unitCode, String message) {
    if (!currentUser.isAdministrator() && !isStaff(unitCode)) {
      throw new ForbiddenException(message);
    }
  }

  /** Refuses unless the user is a leader of the unit (who approve and decide for it) or an administrator. */
  public void requireLeader(String unitCode, String message) {
    if (!currentUser.isAdministrator() && !isLeader(unitCode)) {
      throw new ForbiddenException(message);
    }
  }

  /** Refuses unless the user is staff or a leader of the unit itself, or an administrator. */
  public void requireMember(String unitCode, String message) {
    if (!currentUser.isAdministrator() && !isStaff(unitCode) && !isLeader(unitCode)) {
      throw new ForbiddenException(message);
    }
  }

  public boolean isStaff(String unitCode) {
    return unitCode != null && currentUser.groupIds().contains(UnitGroups.staff(unitCode));
  }

  public boolean isLeader(String unitCode) {
    return unitCode != null && currentUser.groupIds().contains(UnitGroups.leaders(unitCode));
  }

  /** The units whose staff or leaders group the user belongs to. */
  public List<String> ownUnits() {
    return currentUser.groupIds().stream().map(UnitGroups::unitCodeOf).flatMap(Optional::stream).distinct()
        .toList();
  }

  /**
   * The unit a list is about: the one asked for, when the user reads it; else the user's own unit when there is
   * exactly one. Refused otherwise, so that no list spans units the user does not read.
   */
  public String scopeOf(String requested, String what) {
    if (requested != null && !requested.isBlank()) {
      requireReads(requested.strip(), what);
      return requested.strip();
    }
    if (currentUser.isAdministrator()) {
      return null;
    }
    List<String> own = ownUnits();
    if (own.size() != 1) {
      throw new ForbiddenException(own.isEmpty() ? "Tài khoản này không thuộc cán bộ hay lãnh đạo của đơn vị nào."
          : "Bạn thuộc nhiều đơn vị; hãy chọn đơn vị (unit) để xem " + what + ".");
    }
    return own.get(0);
  }
}
