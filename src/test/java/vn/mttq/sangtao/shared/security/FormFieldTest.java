package vn.mttq.sangtao.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a form field's own definition refuses, before any rule of a process reads the value. */
class FormFieldTest {

  private final FormField title = new FormField("title", "Tên kế hoạch", "textfield", 500);
  private final FormField year = new FormField("year", "Năm", "number", null);
  private final FormField received = new FormField("received", "Đơn vị đã nhận kế hoạch", "checkbox", null);
  private final FormField due = new FormField("halfYearReportDue", "Hạn báo cáo 6 tháng", "datetime", null);

  @Test
  void aTextLongerThanTheFormAllowsIsRefusedNamingTheLimitNeverCut() {
    assertThat(title.refusal("x".repeat(500))).isNull();
    assertThat(title.refusal("x".repeat(1_000_000)))
        .isEqualTo("«Tên kế hoạch» dài quá 500 ký tự (đã gửi 1.000.000 ký tự).");
  }

  @Test
  void aTextIsTextOrAWholeNumberWrittenAsOne() {
    assertThat(title.refusal(2031L)).isNull();
    assertThat(title.refusal(true)).isEqualTo("«Tên kế hoạch» phải là chữ.");
    assertThat(title.refusal(1.2345678901234567E19)).as("a number the engine already rounded")
        .isEqualTo("«Tên kế hoạch» phải là chữ.");
  }

  @Test
  void numbersTicksAndDatesTakeOnlyWhatTheyCanMean() {
    assertThat(year.refusal("2.031")).as("read by the rules, as staff type it").isNull();
    assertThat(year.refusal(2031.5)).isEqualTo("«Năm» phải là số nguyên.");
    assertThat(year.refusal(false)).isEqualTo("«Năm» phải là số nguyên.");
    assertThat(year.refusal("9".repeat(1_000))).isEqualTo("«Năm» phải là số nguyên.");
    assertThat(received.refusal(true)).isNull();
    assertThat(received.refusal(1.2345678901234567E19))
        .isEqualTo("«Đơn vị đã nhận kế hoạch» chỉ nhận có hoặc không (true hoặc false).");
    assertThat(due.refusal("07/06/2027")).isNull();
    assertThat(due.refusal(-1)).isEqualTo("«Hạn báo cáo 6 tháng» phải là một ngày, dạng dd/MM/yyyy.");
  }
}
