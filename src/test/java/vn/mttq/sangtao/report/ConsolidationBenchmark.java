package vn.mttq.sangtao.report;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.mttq.sangtao.plan.PlanDraft;
import vn.mttq.sangtao.plan.PlanDrafting;
import vn.mttq.sangtao.plan.PlanService;
import vn.mttq.sangtao.support.BenchmarkApp;
import vn.mttq.sangtao.support.PostgresTestDatabase;
import vn.mttq.sangtao.unit.UnitImportService;
import vn.mttq.sangtao.unit.UnitService;

/**
 * Consolidating the half-year reports of the communes into their provinces and the provinces into the national one,
 * on PostgreSQL. Prints figures, asserts none: {@code ./mvnw -Pbenchmark verify -Dit.test=ConsolidationBenchmark}
 * ({@code -Dbenchmark.provinces=34 -Dbenchmark.communes=98}).
 */
class ConsolidationBenchmark {

  private static final int PROVINCES = Integer.getInteger("benchmark.provinces", 34);
  private static final int COMMUNES = Integer.getInteger("benchmark.communes", 98);
  private static final int YEAR = 2030;

  @Test
  void communesIntoProvincesIntoTheNation() throws Exception {
    try (EmbeddedPostgres postgres = PostgresTestDatabase.startEmbedded();
        ConfigurableApplicationContext app = BenchmarkApp.start(postgres, false)) {
      StringBuilder csv = new StringBuilder("code,name,type,parentCode,validFrom,validTo\n")
          .append("qg,Ủy ban Trung ương MTTQ Việt Nam (thử tải),CENTRAL,,,\n");
      for (int p = 1; p <= PROVINCES; p++) {
        csv.append(String.format("qg-p%02d,Ủy ban MTTQ tỉnh số %d,PROVINCE,qg,,%n", p, p));
        for (int c = 1; c <= COMMUNES; c++) {
          csv.append(String.format("qg-p%02d-x%03d,Ủy ban MTTQ xã số %d tỉnh %d,COMMUNE,qg-p%02d,,%n", p, c, c, p, p));
        }
      }
      app.getBean(UnitImportService.class).importCsv(csv.toString().getBytes(StandardCharsets.UTF_8));
      UnitService units = app.getBean(UnitService.class);
      PlanService plans = app.getBean(PlanService.class);
      PlanDrafting drafting = app.getBean(PlanDrafting.class);
      JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
      Random random = new Random(42);
      List<Object[]> rows = new ArrayList<>();
      long national = plan(plans, drafting, "qg", null);
      long centre = units.get("qg").id();
      for (int p = 1; p <= PROVINCES; p++) {
        String province = String.format("qg-p%02d", p);
        long provincePlan = plan(plans, drafting, province, null);
        long provinceId = units.get(province).id();
        rows.add(row(national, provinceId, centre, random, p % 7 != 0));
        for (int c = 1; c <= COMMUNES; c++) {
          rows.add(row(provincePlan, units.get(String.format("%s-x%03d", province, c)).id(), provinceId, random,
              c % 10 != 0));
        }
      }
      jdbc.batchUpdate("insert into report (plan_id, unit_id, receiving_unit_id, period, period_year, due_date, status,"
          + " propaganda_sessions, propaganda_participants, models_built, resources_vnd, submitted_at, late, opened_at)"
          + " values (?, ?, ?, 'HALF_YEAR', " + YEAR + ", ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);

      ConsolidationService consolidation = app.getBean(ConsolidationService.class);
      consolidation.consolidate("qg-p01", "HALF_YEAR", YEAR);
      long t = System.nanoTime();
      long provinceSessions = 0;
      for (int p = 1; p <= PROVINCES; p++) {
        provinceSessions += consolidation.consolidate(String.format("qg-p%02d", p), "HALF_YEAR", YEAR).totals()
            .get(Figure.PROPAGANDA_SESSIONS);
      }
      double provincesSeconds = BenchmarkApp.seconds(t);
      long t2 = System.nanoTime();
      Consolidation whole = consolidation.consolidate("qg", "HALF_YEAR", YEAR);
      double nationalSeconds = BenchmarkApp.seconds(t2);
      System.out.printf("%n=== Consolidation benchmark (PostgreSQL, %d provinces x %d communes = %,d commune reports)"
          + " ===%n", PROVINCES, COMMUNES, PROVINCES * COMMUNES);
      System.out.printf("%d provincial consolidations:    %8.2f s (sessions summed: %,d)%n", PROVINCES,
          provincesSeconds, provinceSessions);
      System.out.printf("the national consolidation:      %8.2f s (%d reports, %d accepted, %d late, %d missing)%n",
          nationalSeconds, whole.reports().size(), whole.accepted(), whole.late().size(), whole.missing().size());
      System.out.printf("all together:                    %8.2f s (target < 5 s)%n", BenchmarkApp.seconds(t));
      System.out.flush();
    }
  }

  private static long plan(PlanService plans, PlanDrafting drafting, String issuer, Long parent) {
    var draft = drafting.submitDraft(null, issuer, parent, new PlanDraft("Kế hoạch năm " + YEAR, YEAR, "KH-MTTQ-BTT",
        null, null, null, null, null, null, null, null, null, LocalDate.of(YEAR, 6, 7), LocalDate.of(YEAR, 11, 12), 15,
        null, List.of(), null, null), "admin");
    plans.issue(draft.id(), "admin");
    return draft.id();
  }

  private static Object[] row(long plan, long unit, long receiving, Random random, boolean accepted) {
    Timestamp now = Timestamp.from(Instant.now());
    return new Object[] {plan, unit, receiving, Date.valueOf(LocalDate.of(YEAR, 6, 7)),
        accepted ? "ACCEPTED" : "OPEN", accepted ? random.nextInt(30) : null, accepted ? random.nextInt(2000) : null,
        accepted ? random.nextInt(5) : null, accepted ? (long) random.nextInt(50_000_000) : null,
        accepted ? now : null, accepted ? random.nextInt(8) == 0 : null, now};
  }
}
