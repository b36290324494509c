package vn.mttq.sangtao.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A council member's score is read as typed or refused: never wrapped around into another number. */
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
}
