package vn.mttq.sangtao.unit;

import java.time.LocalDate;

import vn.mttq.sangtao.shared.BusinessTime;

/** A unit as other features and the API see it. */
public record UnitView(Long id, String code, String name, String type, String typeName, String parentCode,
    LocalDate validFrom, LocalDate validTo, boolean frontCommittee, boolean memberOrganisation,
    boolean informationOnly, boolean reviewsInitiatives, boolean grassroots) {

  /** The longest unit code (lower-case letters, digits and hyphens), as the import checks it. */
  public static final int CODE_LENGTH = 64;

  static UnitView of(Unit unit) {
    UnitType type = unit.getType();
    return new UnitView(unit.getId(), unit.getCode(), unit.getName(), type.getCode(), type.getName(),
        unit.getParent() == null ? null : unit.getParent().getCode(), unit.getValidFrom(), unit.getValidTo(),
        type.isFrontCommittee(), type.isMemberOrganisation(), type.isInformationOnly(), type.reviewsInitiatives(),
        type.isGrassroots());
  }

  /**
   * A place people live or work in, as they choose it on the public page: a commune or ward, or a residential area
   * (khu phố, ấp) in one.
   */
  public boolean placeOfResidence() {
    return grassroots || "RESIDENTIAL_AREA".equals(type);
  }

  /** Whether the unit exists on the given day. */
  public boolean isValidOn(LocalDate day) {
    return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
  }

  /**
   * Why the unit cannot act or be addressed on the given day ("Ủy ban MTTQ Việt Nam huyện Thống Nhất đã hết hiệu lực
   * từ 01/07/2025."), or null when it exists that day.
   */
  public String validityProblem(LocalDate day) {
    if (validTo != null && day.isAfter(validTo)) {
      return "Đơn vị «" + name + "» đã hết hiệu lực từ " + BusinessTime.format(validTo.plusDays(1)) + ".";
    }
    if (validFrom != null && day.isBefore(validFrom)) {
      return "Đơn vị «" + name + "» có hiệu lực từ " + BusinessTime.format(validFrom) + ".";
    }
    return null;
  }
}
