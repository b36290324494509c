package vn.mttq.sangtao.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WholeNumbersTest {

  @Test
  void readsNumbersAsVietnamesePeopleWriteThem() {
    assertThat(WholeNumbers.read("15.000.000")).isEqualTo(15_000_000L);
    assertThat(WholeNumbers.read("1.250")).isEqualTo(1_250L);
    assertThat(WholeNumbers.read(" 15000000 ")).isEqualTo(15_000_000L);
    assertThat(WholeNumbers.read("15 000 000")).isEqualTo(15_000_000L);
    assertThat(WholeNumbers.read("2\u00A0500")).isEqualTo(2_500L);
    assertThat(WholeNumbers.read("0")).isZero();
    assertThat(WholeNumbers.read("-3")).isEqualTo(-3L);
    assertThat(WholeNumbers.read(1250)).isEqualTo(1_250L);
    assertThat(WholeNumbers.read(15_000_000.0)).isEqualTo(15_000_000L);
    assertThat(WholeNumbers.read(new BigDecimal("1250.00"))).isEqualTo(1_250L);
    assertThat(WholeNumbers.read(null)).isNull();
    assertThat(WholeNumbers.read("  ")).isNull();
  }

  @Test
  void refusesWhatCannotBeReadInsteadOfGuessing() {
    for (Object unreadable : List.of("1.25", "15,5", "1.2.3", "15.0000", ".250", "1.250.", "abc", "1e3", "12a",
        "١٢", 1.5, Double.NaN, Double.POSITIVE_INFINITY)) {
      assertThatThrownBy(() -> WholeNumbers.read(unreadable)).as("%s", unreadable)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("không phải số nguyên");
    }
    assertThatThrownBy(() -> WholeNumbers.read("1.25")).as("digits get the way to write them")
        .hasMessage("«1.25» không phải số nguyên. Hãy viết chữ số liền nhau (15000000) hoặc tách từng nhóm ba chữ số"
            + " bằng dấu chấm (15.000.000).");
    assertThatThrownBy(() -> WholeNumbers.read("hai")).hasMessage("«hai» không phải số nguyên.");
    assertThatThrownBy(() -> WholeNumbers.read(List.of(1))).hasMessageContaining("không phải danh sách");
    assertThatThrownBy(() -> WholeNumbers.read(Map.of("a", 1))).hasMessageContaining("đối tượng");
  }

  @Test
  void refusesWhatDoesNotFitInsteadOfWrappingAround() {
    for (Object tooLarge : List.of("9223372036854775808", "9.223.372.036.854.775.808",
        new BigInteger("9223372036854775808"), 1e19, 9_007_199_254_740_993d * 2)) {
      assertThatThrownBy(() -> WholeNumbers.read(tooLarge)).as("%s", tooLarge)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quá lớn");
    }
    assertThat(WholeNumbers.read("9223372036854775807")).isEqualTo(Long.MAX_VALUE);
  }

  @Test
  void writesNumbersTheVietnameseWay() {
    assertThat(WholeNumbers.format(15_000_000)).isEqualTo("15.000.000");
    assertThat(WholeNumbers.format(1_250)).isEqualTo("1.250");
    assertThat(WholeNumbers.format(999)).isEqualTo("999");
    assertThat(WholeNumbers.format(-1_000)).isEqualTo("-1.000");
  }
}
