package vn.mttq.sangtao.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A plan's texts have declared maximum lengths: a longer text is refused with the field and the limit, never cut. */
class PlanRulesTest {

  private static PlanDraft draft(String purposes, String subordinateTasks) {
    return new PlanDraft("Kế hoạch năm 2027", 2027, PlanDraft.DEFAULT_SYMBOL, null, "Căn cứ", purposes, null, null,
        null, null, null, null, PlanDraft.defaultHalfYearDue(2027), PlanDraft.defaultAnnualDue(2027), 15,
        List.of("dn-p-longkhanh"), List.of(), null, subordinateTasks);
  }

  @Test
  void textsUpToTheirLimitPassAndLongerOnesAreRefusedByName() {
    LocalDate today = LocalDate.of(2027, 1, 5);
    assertThat(PlanRules.checkContent(draft("x".repeat(8_000), "y".repeat(8_000)), today)).isEmpty();

    List<String> problems = PlanRules.checkContent(draft("x".repeat(1_000_000), "y".repeat(8_001)), today);
    assertThat(problems).containsExactly(
        "«Mục đích, yêu cầu» dài 1.000.000 ký tự, quá 8.000 ký tự cho phép; hãy rút gọn.",
        "«Nhiệm vụ của Ủy ban MTTQ cấp dưới» dài 8.001 ký tự, quá 8.000 ký tự cho phép; hãy rút gọn.");
  }

  private static PlanDraft dues(LocalDate halfYear, LocalDate annual) {
    return new PlanDraft("Kế hoạch năm 2027", 2027, PlanDraft.DEFAULT_SYMBOL, null, "Căn cứ", "Mục đích", null, null,
        null, null, null, null, halfYear, annual, 15, List.of("dn-p-longkhanh"), List.of(), null, null);
  }

  @Test
  void reportDatesThatContradictThePlansYearOrEachOtherAreRefused() {
    LocalDate today = LocalDate.of(2027, 1, 5);
    assertThat(PlanRules.checkContent(dues(LocalDate.of(2027, 6, 7), LocalDate.of(2028, 3, 31)),
        today)).as("an annual report early in the next year").isEmpty();

    assertThat(PlanRules.checkContent(dues(LocalDate.of(2028, 6, 7), LocalDate.of(2028, 4, 1)),
        today)).containsExactly(
        "Hạn báo cáo 6 tháng (07/06/2028) phải trong năm 2027, năm của kế hoạch.",
        "Hạn báo cáo năm (01/04/2028) phải từ ngày 01/01/2027 đến ngày 31/03/2028.",
        "Hạn báo cáo 6 tháng (07/06/2028) phải trước hạn báo cáo năm (01/04/2028).");
    assertThat(PlanRules.checkContent(dues(LocalDate.of(2027, 11, 12), LocalDate.of(2027, 6, 7)),
        today)).containsExactly("Hạn báo cáo 6 tháng (12/11/2027) phải trước hạn báo cáo năm (07/06/2027).");
  }
}
