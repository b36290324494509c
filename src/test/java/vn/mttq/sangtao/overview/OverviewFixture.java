package vn.mttq.sangtao.overview;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.mttq.sangtao.support.InitiativeFixtures;
import vn.mttq.sangtao.support.PlanFixtures;

/**
 * The province of Đồng Nai's half-year reports of 2033 on plan 33/KH-MTTQ-BTT, counted by hand:
 * <ul>
 * <li>on time (2): phường Bình Lộc (accepted), phường Bảo Vinh (submitted);</li>
 * <li>late (2): phường Xuân Lập (accepted), Hội Nông dân tỉnh (submitted);</li>
 * <li>missing (3): phường Hàng Gòn (open), xã Gia Kiệm (returned), Hội Nông dân phường Bình Lộc (open, reporting to
 * the ward, so counted in the ward's row).</li>
 * </ul>
 * Initiatives from 01/01/2033 to the due date 07/06/2033: three submitted (Bình Lộc, Bảo Vinh, Xuân Lập); two
 * recognised (Bình Lộc's, and Hàng Gòn's, submitted in December 2032 but recognised in February 2033); Xuân Lập's is
 * recognised only after the due date.
 */
final class OverviewFixture {

  static final int YEAR = 2033;
  static final LocalDate DUE = LocalDate.of(YEAR, 6, 7);

  private OverviewFixture() {
  }

  static final String TITLE = "Kế hoạch thực hiện phong trào năm " + YEAR;

  /** Writes the fixture once into a database the tests share; returns the plan's id. */
  static synchronized Long seed(JdbcTemplate jdbc) {
    List<Long> seeded = jdbc.queryForList("select id from plan where title = ?", Long.class, TITLE);
    if (!seeded.isEmpty()) {
      return seeded.get(0);
    }
    PlanFixtures plans = new PlanFixtures(jdbc);
    Long plan = plans.issuedPlan("dn", LocalDate.of(YEAR, 1, 15), TITLE);
    plans.numbered(plan, 33);
    plans.report(plan, "dn-p-binhloc", "dn", "HALF_YEAR", YEAR, DUE, "ACCEPTED", false);
    plans.report(plan, "dn-p-baovinh", "dn", "HALF_YEAR", YEAR, DUE, "SUBMITTED", false);
    plans.report(plan, "dn-p-xuanlap", "dn", "HALF_YEAR", YEAR, DUE, "ACCEPTED", true);
    plans.report(plan, "dn-hnd", "dn", "HALF_YEAR", YEAR, DUE, "SUBMITTED", true);
    plans.report(plan, "dn-p-hanggon", "dn", "HALF_YEAR", YEAR, DUE, "OPEN", false);
    plans.report(plan, "dn-x-giakiem", "dn", "HALF_YEAR", YEAR, DUE, "RETURNED", false);
    plans.report(plan, "dn-p-binhloc-hnd", "dn-p-binhloc", "HALF_YEAR", YEAR, DUE, "OPEN", false);

    InitiativeFixtures initiatives = new InitiativeFixtures(jdbc);
    initiatives.recognised("Sổ tay điện tử khu phố", "Trần Thị Lan", "dn-p-binhloc", "dn-p-binhloc",
        at("2033-04-10"));
    initiatives.initiative("Bản tin loa phường", "INDIVIDUAL", "Lê Văn Hùng", "dn-p-baovinh", "dn-p-baovinh",
        "NOT_RECOGNISED", at("2033-05-01"));
    initiatives.recognised("Tổ hòa giải trực tuyến", "Phạm Minh Châu", "dn-p-xuanlap", "dn-p-xuanlap",
        at("2033-07-20"));
    initiatives.recognised("Vườn rau nhân ái", "Ngô Thị Hoa", "dn-p-hanggon", "dn-p-hanggon", at("2033-02-10"));
    return plan;
  }

  /** Decided at 09:00 that day; the fixture submits each two months before. */
  private static ZonedDateTime at(String day) {
    return ZonedDateTime.parse(day + "T09:00:00+07:00");
  }
}
