package vn.mttq.sangtao.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The initiative forms read as typed or refused: a score is never wrapped around, an emptied field never kept. */
class InitiativeFormsTest {

  private static Map<String, Object> ballotWithScore(Object score) {
    Map<String, Object> values = new HashMap<>();
    for (Criterion criterion : Criterion.values()) {
      values.put(criterion.metField(), true);
    }
    values.put("score", score);
    return values;
  }

  @Test
  void aScoreWithinTheRangeIsKept() {
    assertThat(InitiativeForms.ballot(ballotWithScore(87L)).score()).isEqualTo(87);
    assertThat(InitiativeForms.ballot(ballotWithScore("90")).score()).isEqualTo(90);
  }

  @Test
  void aScoreBeyondEveryRangeIsRefusedNotStoredAsZero() {
    // what the engine REST API makes of 9223372036854775808 typed as a Long: it wraps to Long.MIN_VALUE
    for (Object typed : new Object[] {Long.MIN_VALUE, 4_294_967_296L, new BigInteger("9223372036854775808"),
        1e19, 101L, -1L}) {
      assertThatThrownBy(() -> InitiativeForms.ballot(ballotWithScore(typed))).as(String.valueOf(typed))
          .isInstanceOf(InitiativeValidationException.class)
          .satisfies(e -> assertThat(e.getMessage()).containsAnyOf("từ 0 đến 100", "quá lớn"));
    }
  }

  @Test
  void theScoresEdgesAreKept() {
    assertThat(InitiativeForms.ballot(ballotWithScore(0L)).score()).isZero();
    assertThat(InitiativeForms.ballot(ballotWithScore(100L)).score()).isEqualTo(100);
    assertThat(InitiativeForms.ballot(ballotWithScore(null)).score()).isNull();
  }

  @Test
  void aRecusalNeedsTheTickAndKeepsItsReason() {
    assertThat(InitiativeForms.recusal(Map.of("recuse", false, "recusalReason", "Người thân"))).isNull();
    assertThat(InitiativeForms.recusal(Map.of())).isNull();
    assertThat(InitiativeForms.recusal(Map.of("recuse", true, "recusalReason", " Người thân của tác giả ")))
        .isEqualTo("Người thân của tác giả");
    assertThat(InitiativeForms.recusal(Map.of("recuse", "true"))).isEmpty();
  }

  @Test
  void thePreCheckReadsItsOutcomeAndDays() {
    InitiativeReviewService.PreCheck check = InitiativeForms.preCheck(Map.of("outcome", "SUPPLEMENT",
        "supplementDays", "10", "note", " Bổ sung chi phí "));
    assertThat(check.outcome()).isEqualTo(PreCheckOutcome.SUPPLEMENT);
    assertThat(check.supplementDays()).isEqualTo(10);
    assertThat(check.note()).isEqualTo("Bổ sung chi phí");
    InitiativeReviewService.PreCheck unknown = InitiativeForms.preCheck(Map.of("outcome", "MAYBE"));
    assertThat(unknown.outcome()).isNull();
    assertThat(unknown.supplementDays()).isNull();
    assertThat(InitiativeForms.preCheck(Map.of()).outcome()).isNull();
    assertThatThrownBy(() -> InitiativeForms.preCheck(Map.of("outcome", "SUPPLEMENT", "supplementDays", "1,5")))
        .isInstanceOf(InitiativeValidationException.class).hasMessageContaining("Thời hạn bổ sung");
  }

  @Test
  void anEmptiedRequiredFieldOfASupplementIsRefusedAndALeftOutOneKept() {
    assertThatThrownBy(() -> InitiativeForms.supplement(Map.of("title", " ", "summary", "", "description", "Mô tả")))
        .isInstanceOf(InitiativeValidationException.class)
        .hasMessageContaining("Tên sáng kiến không được để trống.").hasMessageContaining("Tóm tắt không được để trống.")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Nội dung chi tiết"));
    assertThatThrownBy(() -> InitiativeForms.supplement(Map.of("description", " ")))
        .isInstanceOf(InitiativeValidationException.class).hasMessageContaining("Nội dung chi tiết không được để trống.");
    InitiativeReviewService.Supplement kept = InitiativeForms.supplement(Map.of("description", " Mô tả mới ",
        "appliedAt", "Ấp 2"));
    assertThat(kept.title()).isNull();
    assertThat(kept.description()).isEqualTo("Mô tả mới");
    assertThat(kept.appliedAt()).isEqualTo("Ấp 2");
    assertThat(kept.expectedBenefit()).isNull();
  }

  @Test
  void aSubmissionFormBecomesASubmissionWithItsCostReadAsWritten() {
    InitiativeSubmission s = InitiativeForms.submission(Map.of("title", "Sổ tay", "estimatedCostVnd", "15.000.000",
        "authorUnitCode", " dn-x-thongnhat ", "contentArea", "POLITICAL_SYSTEM"));
    assertThat(s.title()).isEqualTo("Sổ tay");
    assertThat(s.estimatedCostVnd()).isEqualTo(15_000_000L);
    assertThat(s.authorUnitCode()).isEqualTo("dn-x-thongnhat");
    assertThat(s.contentArea()).isEqualTo("POLITICAL_SYSTEM");
    assertThat(s.submitterName()).isNull();
    assertThatThrownBy(() -> InitiativeForms.submission(Map.of("estimatedCostVnd", "15,5")))
        .isInstanceOf(InitiativeValidationException.class).hasMessageContaining("Kinh phí dự kiến");
  }
}
