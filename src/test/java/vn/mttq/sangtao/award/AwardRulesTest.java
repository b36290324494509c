package vn.mttq.sangtao.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.mttq.sangtao.unit.UnitView;

class AwardRulesTest {

  static final AwardForm CERTIFICATE = new AwardForm("CERTIFICATE", "Giấy khen", 1, "PROVINCE, DISTRICT");
  static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  static UnitView unit(String type, boolean committee, boolean organisation) {
    return new UnitView(1L, "u", "Đơn vị", type, type, null, null, null, committee, organisation, false, committee,
        false);
  }

  @Test
  void onlyACommitteeOrOrganisationOfAGrantingTypeMayGrant() {
    assertThat(AwardRules.mayGrant(unit("PROVINCE", true, false), CERTIFICATE)).isTrue();
    assertThat(AwardRules.mayGrant(unit("DISTRICT", false, true), CERTIFICATE)).isTrue();
    assertThat(AwardRules.mayGrant(unit("COMMUNE", true, false), CERTIFICATE)).isFalse();
    assertThat(AwardRules.mayGrant(unit("PROVINCE", false, false), CERTIFICATE)).isFalse();
  }

  @Test
  void oneStandingProposalPerNomineeAwardAndYearWhateverTheDiacritics() {
    String key = AwardRules.activeKey(NomineeKind.INDIVIDUAL, 7L, "Nguyễn Thị Lan", "MERIT", 2026);
    assertThat(AwardRules.activeKey(NomineeKind.INDIVIDUAL, 7L, "Nguyen thi lan", "MERIT", 2026)).isEqualTo(key);
    assertThat(AwardRules.activeKey(NomineeKind.INDIVIDUAL, 7L, "Nguyễn Thị Lan", "MERIT", 2027)).isNotEqualTo(key);
    assertThat(AwardRules.activeKey(NomineeKind.COLLECTIVE, 7L, null, "MERIT", 2026))
        .isEqualTo("COLLECTIVE:7::MERIT:2026");
  }

  @Test
  void theYearRunsFrom2000ToNextYear() {
    assertThat(AwardRules.yearProblem(2000, TODAY)).isNull();
    assertThat(AwardRules.yearProblem(2027, TODAY)).isNull();
    assertThat(AwardRules.yearProblem(1999, TODAY)).isEqualTo("Năm khen thưởng phải từ 2000 đến 2027.");
    assertThat(AwardRules.yearProblem(2028, TODAY)).isEqualTo("Năm khen thưởng phải từ 2000 đến 2027.");
  }

  @Test
  void anAddressAndADecisionNumberMustLookLikeOne() {
    assertThat(AwardRules.isEmail("lan@example.vn")).isTrue();
    assertThat(AwardRules.isEmail("lan@example")).isFalse();
    assertThat(AwardRules.isEmail("lan example@x.vn")).isFalse();
    assertThat(AwardRules.isEmail("a".repeat(189) + "@example.vn")).isTrue();
    assertThat(AwardRules.isEmail("a".repeat(190) + "@example.vn")).isFalse();
    assertThat(AwardRules.isDecisionNumber("25/QĐ-MTTQ-BTT")).isTrue();
    assertThat(AwardRules.isDecisionNumber("25/QĐ;drop")).isFalse();
    assertThat(AwardRules.isDecisionNumber("1".repeat(60))).isTrue();
    assertThat(AwardRules.isDecisionNumber("1".repeat(61))).isFalse();
  }

  @Test
  void evidenceIsReadFromCodesSeparatedByCommasSpacesOrLines() {
    assertThat(AwardRules.refs(EvidenceKind.REPORT, " 12, 15;\n17  ")).extracting(AwardRequest.EvidenceRef::ref)
        .containsExactly("12", "15", "17");
    assertThat(AwardRules.refs(EvidenceKind.REPORT, "12")).extracting(AwardRequest.EvidenceRef::kind)
        .containsExactly("REPORT");
    assertThat(AwardRules.refs(EvidenceKind.REPORT, "  ")).isEmpty();
    assertThat(AwardRules.refs(EvidenceKind.REPORT, null)).isEmpty();
  }

  @Test
  void blankIsNothingAndTextIsTrimmed() {
    assertThat(AwardRules.blankToNull("  ")).isNull();
    assertThat(AwardRules.blankToNull(null)).isNull();
    assertThat(AwardRules.blankToNull(" Lan ")).isEqualTo("Lan");
  }
}
