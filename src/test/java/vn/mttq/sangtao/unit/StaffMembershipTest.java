package vn.mttq.sangtao.unit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.mttq.sangtao.support.SpringTest;

/** Whom a person acts for when they start work in a form, with the demo users. */
@SpringTest
class StaffMembershipTest {

  static final StaffMembership.ActingWords WORDS = new StaffMembership.ActingWords("Chỉ cán bộ mới làm được.",
      "hãy ghi mã đơn vị.", "làm việc này");

  @Autowired
  StaffMembership staff;

  @Test
  void aStaffMemberActsForTheirOwnUnitNamedOrNot() {
    assertThat(staff.actingUnit("dn.canbo", null, WORDS)).isEqualTo(new StaffMembership.Acting("dn", null));
    assertThat(staff.actingUnit("dn.canbo", " dn ", WORDS)).isEqualTo(new StaffMembership.Acting("dn", null));
  }

  @Test
  void nobodyActsForAUnitTheyDoNotWorkFor() {
    assertThat(staff.actingUnit("dn.canbo", "dn-p-baovinh", WORDS).problem())
        .isEqualTo("Bạn không phải cán bộ của đơn vị «dn-p-baovinh», nên không làm việc này thay đơn vị đó được.");
    assertThat(staff.actingUnit(null, "dn", WORDS).unitCode()).isNull();
    assertThat(staff.actingUnit("dn.lanhdao", null, WORDS)).isEqualTo(new StaffMembership.Acting(null,
        "Chỉ cán bộ mới làm được."));
    assertThat(staff.actingUnit("admin", null, WORDS).problem()).isEqualTo("Chỉ cán bộ mới làm được.");
  }
}
