package vn.mttq.sangtao.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class UnitImportRulesTest {

  private static final List<String> TYPES = List.of("PROVINCE", "DISTRICT", "COMMUNE", "MEMBER_ORGANISATION");
  private static final String HEADER = "code,name,type,parentCode,validFrom,validTo\n";

  private static UnitImportRules.Outcome check(String csv, Map<String, UnitNode> stored) {
    UnitCsvReader.Result read = UnitCsvReader.read((HEADER + csv).getBytes(StandardCharsets.UTF_8));
    assertThat(read.problems()).isEmpty();
    return UnitImportRules.check(read.rows(), TYPES, stored);
  }

  private static List<String> messages(UnitImportRules.Outcome outcome) {
    return outcome.problems().stream().map(ImportProblem::text).toList();
  }

  @Test
  void acceptsAWellFormedTreeWithBothDateForms() {
    UnitImportRules.Outcome outcome = check("""
        dn,Ủy ban MTTQ Việt Nam tỉnh Đồng Nai,PROVINCE,,,
        dn-tn,Ủy ban MTTQ Việt Nam huyện Thống Nhất,DISTRICT,dn,,30/06/2025
        dn-tn-gk,"Ủy ban MTTQ xã Gia Kiệm, huyện Thống Nhất",COMMUNE,dn-tn,2019-01-01,2025-06-30
        """, Map.of());

    assertThat(outcome.accepted()).isTrue();
    assertThat(outcome.rows()).extracting(UnitImportRules.ValidRow::name)
        .contains("Ủy ban MTTQ xã Gia Kiệm, huyện Thống Nhất");
    assertThat(outcome.rows().get(1).validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
    assertThat(outcome.rows().get(2).validFrom()).isEqualTo(LocalDate.of(2019, 1, 1));
  }

  @Test
  void reportsEveryBadLineWithItsNumberAndAcceptsNothing() {
    UnitImportRules.Outcome outcome = check("""
        dn,Tỉnh Đồng Nai,PROVINCE,,,
        dn-a,Xã A,COMMUNE,khong-co,,
        dn-b,Xã B,COMMUNE,dn,,
        dn-b,Xã B lặp,COMMUNE,dn,,
        dn-c,Xã C,PHUONG,dn,,
        dn-d,Xã D,COMMUNE,dn,31/02/2025,
        dn-e,Xã E,COMMUNE,dn,01/07/2025,30/06/2025
        Dn E,Xã F,COMMUNE,dn,,
        dn-g,,COMMUNE,dn,,
        """, Map.of());

    assertThat(outcome.accepted()).isFalse();
    assertThat(outcome.rows()).isEmpty();
    assertThat(messages(outcome)).containsExactly(
        "Dòng 3: đơn vị cấp trên «khong-co» không có trong tệp và chưa có trong hệ thống.",
        "Dòng 5: mã đơn vị «dn-b» trùng với dòng 4.",
        "Dòng 6: loại đơn vị «PHUONG» không tồn tại; các loại hợp lệ: COMMUNE, DISTRICT, MEMBER_ORGANISATION,"
            + " PROVINCE.",
        "Dòng 7: ngày bắt đầu hiệu lực (validFrom) «31/02/2025» không phải ngày hợp lệ; viết dd/MM/yyyy"
            + " (ví dụ 30/06/2025) hoặc yyyy-MM-dd.",
        "Dòng 8: ngày hết hiệu lực 30/06/2025 trước ngày bắt đầu hiệu lực 01/07/2025.",
        "Dòng 9: mã đơn vị «Dn E» không hợp lệ: chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang"
            + " (không ở đầu hoặc cuối), tối đa 64 ký tự.",
        "Dòng 10: thiếu tên đơn vị (cột name).");
  }

  @Test
  void refusesACycleInTheFile() {
    UnitImportRules.Outcome outcome = check("""
        a,Đơn vị A,DISTRICT,c,,
        b,Đơn vị B,DISTRICT,a,,
        c,Đơn vị C,DISTRICT,b,,
        d,Đơn vị D,DISTRICT,d,,
        """, Map.of());

    assertThat(messages(outcome)).containsExactly(
        "Dòng 2: quan hệ cấp trên tạo thành vòng lặp: a → c → b → a.",
        "Dòng 3: quan hệ cấp trên tạo thành vòng lặp: b → a → c → b.",
        "Dòng 4: quan hệ cấp trên tạo thành vòng lặp: c → b → a → c.",
        "Dòng 5: quan hệ cấp trên tạo thành vòng lặp: d → d.");
  }

  @Test
  void refusesAReparentingThatClosesACycleWithStoredUnits() {
    Map<String, UnitNode> stored = Map.of(
        "dn", new UnitNode("dn", null, null, null),
        "dn-tn", new UnitNode("dn-tn", "dn", null, null));

    UnitImportRules.Outcome outcome = check("dn,Tỉnh Đồng Nai,PROVINCE,dn-tn,,\n", stored);

    assertThat(messages(outcome)).containsExactly("Dòng 2: quan hệ cấp trên tạo thành vòng lặp: dn → dn-tn → dn.");
  }

  @Test
  void aUnitCannotOutliveItsParent() {
    Map<String, UnitNode> stored = Map.of(
        "dn-tn", new UnitNode("dn-tn", null, LocalDate.of(2000, 1, 1), LocalDate.of(2025, 6, 30)));

    UnitImportRules.Outcome outcome = check("""
        dn-tn-gk,Xã Gia Kiệm,COMMUNE,dn-tn,,
        dn-tn-qt,Xã Quang Trung,COMMUNE,dn-tn,01/01/2000,30/06/2025
        """, stored);

    assertThat(messages(outcome)).containsExactly(
        "Dòng 2: đơn vị có hiệu lực trước ngày 01/01/2000, khi đơn vị cấp trên «dn-tn» chưa có hiệu lực.",
        "Dòng 2: đơn vị còn hiệu lực sau ngày 30/06/2025, khi đơn vị cấp trên «dn-tn» đã hết hiệu lực.");
  }

  @Test
  void writesParentsBeforeChildrenWhateverTheFileOrder() {
    UnitImportRules.Outcome outcome = check("""
        dn-tn-gk,Xã Gia Kiệm,COMMUNE,dn-tn,,
        dn-tn,Huyện Thống Nhất,DISTRICT,dn,,
        dn,Tỉnh Đồng Nai,PROVINCE,,,
        """, Map.of());

    assertThat(UnitImportService.parentsFirst(outcome.rows())).extracting(UnitImportRules.ValidRow::code)
        .containsExactly("dn", "dn-tn", "dn-tn-gk");
  }
}
