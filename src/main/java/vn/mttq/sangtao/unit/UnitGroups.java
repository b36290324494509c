package vn.mttq.sangtao.unit;

/**
 * The identity convention: every unit whose type has accounts has two Camunda groups, {@code <unitCode>.staff} (its
 * office staff, who do the work) and {@code <unitCode>.leaders} (its standing committee or leadership, who approve).
 * Process models offer tasks to these groups.
 */
public final class UnitGroups {

  public static final String STAFF_SUFFIX = ".staff";
  public static final String LEADERS_SUFFIX = ".leaders";
  /** The Camunda group type of the derived groups. */
  public static final String GROUP_TYPE = "unit";

  private UnitGroups() {
  }

  public static String staff(String unitCode) {
    return unitCode + STAFF_SUFFIX;
  }

  public static String leaders(String unitCode) {
    return unitCode + LEADERS_SUFFIX;
  }

  /** The unit a staff or leaders group belongs to; empty for any other group. */
  public static java.util.Optional<String> unitCodeOf(String groupId) {
    for (String suffix : new String[] {STAFF_SUFFIX, LEADERS_SUFFIX}) {
      if (groupId.endsWith(suffix)) {
        return java.util.Optional.of(groupId.substring(0, groupId.length() - suffix.length()));
      }
    }
    return java.util.Optional.empty();
  }

  static String staffName(String unitName) {
    return "Cán bộ — " + unitName;
  }

  static String leadersName(String unitName) {
    return "Lãnh đạo — " + unitName;
  }
}
