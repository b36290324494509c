package vn.mttq.sangtao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ReportFiguresTest {

  @Test
  void figuresAreReadAsPeopleWriteThemAndWhatIsLeftOutStaysEmpty() {
    ReportFigures.Read read = ReportFigures.read(Map.of("propagandaSessions", "1.250", "modelsBuilt", 3,
        "resourcesVnd", "15 000 000", "clubsFormed", " ", "narrative", "  Kết quả nổi bật  "));

    assertThat(read.problems()).isEmpty();
    assertThat(read.figures()).containsEntry(Figure.PROPAGANDA_SESSIONS, 1250L).containsEntry(Figure.MODELS_BUILT, 3L)
        .containsEntry(Figure.RESOURCES_VND, 15_000_000L).containsEntry(Figure.CLUBS_FORMED, null)
        .containsEntry(Figure.INSPECTIONS_HELD, null).hasSize(Figure.values().length);
    assertThat(read.narrative()).isEqualTo("Kết quả nổi bật");
  }

  @Test
  void everyBadFigureIsNamedAndNoneIsGuessed() {
    ReportFigures.Read read = ReportFigures.read(Map.of("propagandaSessions", "1,5", "modelsBuilt", -1,
        "collectivesCommended", 2_147_483_648L, "resourcesVnd", 1_000_000_000_000_000L, "clubsFormed", List.of(1)));

    assertThat(read.problems()).hasSize(5)
        .anyMatch(p -> p.startsWith("Số buổi tuyên truyền ") && p.contains("1,5"))
        .contains("Số mô hình xây dựng mới không được âm.")
        .contains("Số tập thể được biểu dương, khen thưởng «2.147.483.648» vượt quá 2.147.483.647.")
        .contains("Nguồn lực vận động (đồng) «1.000.000.000.000.000» vượt quá 999.999.999.999.999.")
        .anyMatch(p -> p.startsWith("Số Câu lạc bộ thi đua phát huy sáng kiến thành lập "));
    assertThat(read.figures()).doesNotContainKeys(Figure.PROPAGANDA_SESSIONS, Figure.MODELS_BUILT,
        Figure.COLLECTIVES_COMMENDED, Figure.RESOURCES_VND, Figure.CLUBS_FORMED);
  }

  @Test
  void theLargestAllowedValuesAndZeroAreTaken() {
    ReportFigures.Read read = ReportFigures.read(Map.of("collectivesCommended", 2_147_483_647L, "resourcesVnd",
        "999.999.999.999.999", "inspectionsHeld", 0));

    assertThat(read.problems()).isEmpty();
    assertThat(read.figures()).containsEntry(Figure.COLLECTIVES_COMMENDED, 2_147_483_647L)
        .containsEntry(Figure.RESOURCES_VND, 999_999_999_999_999L).containsEntry(Figure.INSPECTIONS_HELD, 0L);
  }

  @Test
  void aNarrativeOverItsColumnIsRefusedAndAnEmptyOneIsNone() {
    Map<String, Object> values = new HashMap<>();
    values.put("narrative", "x".repeat(ReportFigures.NARRATIVE_MAX + 1));
    assertThat(ReportFigures.read(values).problems()).containsExactly("Phần đánh giá dài quá 20.000 ký tự.");

    values.put("narrative", "x".repeat(ReportFigures.NARRATIVE_MAX));
    assertThat(ReportFigures.read(values).problems()).isEmpty();
    values.put("narrative", "   ");
    assertThat(ReportFigures.read(values).narrative()).isNull();
    assertThat(ReportFigures.read(Map.of()).narrative()).isNull();
  }
}
