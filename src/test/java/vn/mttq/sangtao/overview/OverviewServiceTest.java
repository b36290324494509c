package vn.mttq.sangtao.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.mttq.sangtao.overview.SupervisorOverview.Row;
import vn.mttq.sangtao.overview.SupervisorOverview.Tally;
import vn.mttq.sangtao.overview.SupervisorOverview.UnitLine;
import vn.mttq.sangtao.shared.web.ForbiddenException;
import vn.mttq.sangtao.shared.web.InvalidInputException;
import vn.mttq.sangtao.support.SpringTest;

@SpringTest
class OverviewServiceTest {

  private static final List<String> PROVINCE_LEADER = List.of("dn.leaders");

  @Autowired
  OverviewService overview;

  @Autowired
  JdbcTemplate jdbc;

  Long plan;

  @BeforeEach
  void seed() {
    plan = OverviewFixture.seed(jdbc);
  }

  @Test
  void theProvinceSeesItsUnitsByWhereTheirReportsStand() {
    SupervisorOverview o = overview.overview(PROVINCE_LEADER, false, null, plan, "HALF_YEAR", OverviewFixture.YEAR);

    assertThat(o.unitCode()).isEqualTo("dn");
    assertThat(o.periodLabel()).isEqualTo("Báo cáo 6 tháng đầu năm 2033");
    assertThat(o.planNumber()).isEqualTo("33/KH-MTTQ-BTT");
    assertThat(o.total()).isEqualTo(new Tally(7, 2, 2, 3, 3, 2));
    assertThat(o.rows()).extracting(Row::unitCode).containsExactly("dn-hnd", "dn-p-baovinh", "dn-p-binhloc",
        "dn-p-hanggon", "dn-p-xuanlap", "dn-x-giakiem");
    assertThat(row(o, "dn-p-binhloc")).isEqualTo(new Tally(2, 1, 0, 1, 1, 1));
    assertThat(row(o, "dn-p-hanggon")).isEqualTo(new Tally(1, 0, 0, 1, 0, 1));
    assertThat(row(o, "dn-p-xuanlap")).isEqualTo(new Tally(1, 0, 1, 0, 1, 0));
    assertThat(o.late()).extracting(UnitLine::unitCode).containsExactly("dn-hnd", "dn-p-xuanlap");
    assertThat(o.missing()).extracting(UnitLine::unitCode)
        .containsExactlyInAnyOrder("dn-p-binhloc-hnd", "dn-p-hanggon", "dn-x-giakiem");
    assertThat(o.missing()).extracting(UnitLine::situation).allMatch(s -> s.startsWith("Chưa nộp"));
  }

  @Test
  void aWardSeesOnlyWhatIsUnderIt() {
    SupervisorOverview o = overview.overview(List.of("dn-p-binhloc.staff"), false, null, plan, "HALF_YEAR",
        OverviewFixture.YEAR);

    assertThat(o.unitCode()).isEqualTo("dn-p-binhloc");
    assertThat(o.total()).isEqualTo(new Tally(1, 0, 0, 1, 1, 1));
    assertThat(o.missing()).extracting(UnitLine::unitCode).containsExactly("dn-p-binhloc-hnd");
  }

  @Test
  void choicesOfferTheUsersUnitsAndThePeriodsReportedUnderThem() {
    SupervisorOverview.Choices choices = overview.choices(List.of("dn-p-binhloc.staff", "dn.leaders"), false, null);

    assertThat(choices.unitCode()).isEqualTo("dn");
    assertThat(choices.units()).extracting(SupervisorOverview.UnitChoice::code).containsExactly("dn", "dn-p-binhloc");
    assertThat(choices.periods()).anySatisfy(p -> {
      assertThat(p.planId()).isEqualTo(plan);
      assertThat(p.label()).isEqualTo("Báo cáo 6 tháng đầu năm 2033");
    });
  }

  @Test
  void aUnitOutsideTheUsersTreeIsRefusedInVietnamese() {
    assertThatThrownBy(() -> overview.overview(List.of("dn-p-binhloc.staff"), false, "dn", plan, "HALF_YEAR",
        OverviewFixture.YEAR)).isInstanceOf(ForbiddenException.class).hasMessageContaining("Chỉ cán bộ, lãnh đạo");
    assertThatThrownBy(() -> overview.choices(List.of("camunda-admin-no"), false, null))
        .isInstanceOf(ForbiddenException.class).hasMessageContaining("không thuộc cán bộ hay lãnh đạo");
  }

  @Test
  void aPeriodThatDoesNotExistIsRefusedInVietnamese() {
    assertThatThrownBy(() -> overview.overview(PROVINCE_LEADER, false, null, plan, "QUARTER", OverviewFixture.YEAR))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> overview.overview(PROVINCE_LEADER, false, null, plan, "ANNUAL", OverviewFixture.YEAR))
        .isInstanceOf(InvalidInputException.class);
  }

  private static Tally row(SupervisorOverview o, String code) {
    return o.rows().stream().filter(r -> r.unitCode().equals(code)).findFirst().orElseThrow().tally();
  }
}
