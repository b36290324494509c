package vn.mttq.sangtao.plan;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.mttq.sangtao.report.PeriodicReportProcess;
import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.support.BenchmarkApp;
import vn.mttq.sangtao.support.EngineJobs;
import vn.mttq.sangtao.support.NationalTree;
import vn.mttq.sangtao.support.PostgresTestDatabase;
import vn.mttq.sangtao.unit.UnitImportService;

/**
 * What one year of the movement leaves in the engine's history tables on PostgreSQL, at the configured history level,
 * and what the removal-time cleanup takes away once the processes' time to live has passed. Prints figures, asserts
 * none: {@code ./mvnw -Pbenchmark verify -Dit.test=HistoryGrowthBenchmark} (the nation, 34 x 98; smaller with
 * {@code -Dbenchmark.provinces=4}; {@code -Dbenchmark.initiatives=3000}; another level with
 * {@code -Dbenchmark.history=audit}).
 *
 * <p>The year, on the engine clock: the centre issues its plan in January, every province acknowledges it and issues
 * its own to its communes and member organisations, every recipient acknowledges; the half-year and the year report
 * open for every unit, reminders fire as the due date nears, four in five units submit on time and the rest after
 * the overdue reminders, each report is accepted by the unit it goes to; initiatives are submitted over the API and
 * pre-checked (as repeats of an earlier one, the short way). Then the clock moves five years and a day on and the
 * engine's history cleanup runs.
 */
class HistoryGrowthBenchmark {

  private static final int PROVINCES = Integer.getInteger("benchmark.provinces", 34);
  private static final int COMMUNES = Integer.getInteger("benchmark.communes", 98);
  private static final int INITIATIVES = Integer.getInteger("benchmark.initiatives", 3_000);
  private static final String LEVEL = System.getProperty("benchmark.history", "full");
  private static final int NATIONAL_UNITS = 20_202;
  private static final int YEAR = 2031;
  private static final ObjectMapper JSON = new ObjectMapper();

  private ProcessEngine engine;
  private TaskService tasks;
  private ManagementService management;
  private JdbcTemplate jdbc;

  @Test
  void oneNationalYearOfHistoryBeforeAndAfterCleanup() throws Exception {
    at(YEAR + "-01-10T09:00:00+07:00");
    try (EmbeddedPostgres postgres = PostgresTestDatabase.startEmbedded();
        ConfigurableApplicationContext app = BenchmarkApp.start(postgres, true, "--camunda.bpm.history-level="
            + LEVEL)) {
      engine = app.getBean(ProcessEngine.class);
      tasks = engine.getTaskService();
      management = engine.getManagementService();
      jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
      app.getBean(UnitImportService.class).importCsv(NationalTree.csv(PROVINCES, COMMUNES)
          .getBytes(StandardCharsets.UTF_8));
      long units = jdbc.queryForObject("select count(*) from unit", Long.class);
      Map<String, long[]> empty = historyTables();
      long started = System.nanoTime();

      cascade(app);
      int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
      initiatives(port);
      for (String period : List.of("HALF_YEAR", "ANNUAL")) {
        reportPeriod(period);
      }
      double yearSeconds = BenchmarkApp.seconds(started);
      Map<String, long[]> year = historyTables();

      // five years and a day after the year's end every instance that ended is past its time to live
      at((YEAR + 6) + "-01-02T23:00:00+07:00");
      long cleanup = System.nanoTime();
      engine.getHistoryService().cleanUpHistoryAsync(true);
      runJobs();
      double cleanupSeconds = BenchmarkApp.seconds(cleanup);
      Map<String, long[]> cleaned = historyTables();
      long running = engine.getRuntimeService().createProcessInstanceQuery().count();

      double scale = (double) NATIONAL_UNITS / units;
      System.out.printf("%n=== History growth benchmark (PostgreSQL, history level %s, %,d units, %,d initiatives) ===%n",
          LEVEL, units, INITIATIVES);
      System.out.printf("one year on the engine clock took %.0f s; %,d instances still running at its end%n",
          yearSeconds, running);
      System.out.printf("%-36s %12s %10s %12s %10s %12s %10s%n", "table", "rows/year", "MB/year", "after clean",
          "MB after", "rows/unit", "nation MB");
      long[] total = new long[4];
      for (String table : year.keySet()) {
        long[] before = delta(year.get(table), empty.get(table));
        long[] after = delta(cleaned.get(table), empty.get(table));
        if (before[0] == 0 && after[0] == 0) {
          continue;
        }
        total[0] += before[0];
        total[1] += before[1];
        total[2] += after[0];
        total[3] += after[1];
        System.out.printf("%-36s %,12d %10.1f %,12d %10.1f %12.2f %10.1f%n", table, before[0], before[1] / 1e6,
            after[0], after[1] / 1e6, (double) before[0] / units, before[1] * scale / 1e6);
      }
      System.out.printf("%-36s %,12d %10.1f %,12d %10.1f %12.2f %10.1f%n", "all history", total[0], total[1] / 1e6,
          total[2], total[3] / 1e6, (double) total[0] / units, total[1] * scale / 1e6);
      System.out.printf("the nation (%,d units), one year: %,.0f rows, %,.0f MB; after the cleanup five years on:"
          + " %,.0f rows, %,.0f MB (what remains belongs to instances still running); cleanup took %.0f s here%n",
          NATIONAL_UNITS, total[0] * scale, total[1] * scale / 1e6, total[2] * scale, total[3] * scale / 1e6,
          cleanupSeconds);
      System.out.flush();
    } finally {
      ClockUtil.reset();
    }
  }

  private void cascade(ConfigurableApplicationContext app) {
    PlanIssuanceStarter.Started centre = app.getBean(PlanIssuanceStarter.class).start(new PlanRequest("qg",
        "Kế hoạch toàn quốc năm " + YEAR, YEAR, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, List.of(), null, null), "admin");
    completeTaskOf(centre.processInstanceId(), Map.of("decision", "approve"));
    runJobs();
    PlanCascadeService cascade = app.getBean(PlanCascadeService.class);
    for (int p = 1; p <= PROVINCES; p++) {
      String province = cascade.processInstanceOf(centre.plan().id(), NationalTree.province(p)).orElseThrow();
      completeTaskOf(province, Map.of("received", true));
      Task build = tasks.createTaskQuery().processInstanceId(province).singleResult();
      Map<String, Object> form = new HashMap<>(tasks.getVariablesLocal(build.getId()));
      form.put("informationRecipients", "");
      tasks.complete(build.getId(), form);
      runJobs();
      String issuance = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(province)
          .singleResult().getId();
      completeTaskOf(issuance, Map.of("decision", "approve"));
      runJobs();
    }
    for (Task acknowledge : tasks.createTaskQuery().taskDefinitionKey(PlanImplementationProcess.USER_TASK_ACKNOWLEDGE)
        .list()) {
      tasks.complete(acknowledge.getId(), Map.of("received", true));
    }
    runJobs();
  }

  private void initiatives(int port) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    String first = null;
    for (int i = 0; i < INITIATIVES; i++) {
      String body = JSON.writeValueAsString(Map.of("title", "Sáng kiến số " + i + " của khu phố năm " + YEAR,
          "summary", "Tóm tắt sáng kiến số " + i, "description", "Cách làm của sáng kiến số " + i
              + ": họp dân, phân công, theo dõi hằng tuần.", "contentArea", "POLITICAL_SYSTEM", "authorKind",
          "COLLECTIVE", "authorNames", "Ban công tác Mặt trận khu phố 1", "authorUnitCode", "dn-p-longkhanh-kp1"));
      HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
          + "/api/initiatives")).header("Content-Type", "application/json").header("Authorization", "Basic "
              + Base64.getEncoder().encodeToString(("dn-p-longkhanh-kp1.canbo:" + BenchmarkApp.DEMO_PASSWORD)
                  .getBytes(StandardCharsets.UTF_8))).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
          HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 201) {
        throw new AssertionError("initiative " + i + ": " + answer.statusCode() + " " + answer.body());
      }
      String trackingCode = JSON.readTree(answer.body()).path("trackingCode").asText();
      if (first == null) {
        first = trackingCode;
        continue;
      }
      Task preCheck = tasks.createTaskQuery().processInstanceBusinessKey(trackingCode).singleResult();
      tasks.complete(preCheck.getId(), Map.of("outcome", "NOT_NEW", "earlierTrackingCode", first));
    }
    runJobs();
  }

  /** A report period: opened, reminded, four in five submitted on time, the rest after the overdue reminders. */
  private void reportPeriod(String period) {
    LocalDate opening = jdbc.queryForObject("select min(due_date) from report where period = ?", LocalDate.class,
        period);
    while (opening == null) {
      advanceToNextTimer();
      opening = jdbc.queryForObject("select min(due_date) from report where period = ?", LocalDate.class, period);
    }
    LocalDate due = opening;
    advanceUntil(due.minusDays(1));
    List<Task> open = submitTasks(period);
    int onTime = open.size() * 4 / 5;
    open.subList(0, onTime).forEach(this::submitAndAccept);
    advanceUntil(due.plusDays(7));
    submitTasks(period).forEach(this::submitAndAccept);
    runJobs();
  }

  private List<Task> submitTasks(String period) {
    return tasks.createTaskQuery().taskDefinitionKey(PeriodicReportProcess.USER_TASK_SUBMIT).list().stream()
        .filter(task -> period.equals(jdbc.queryForObject("select period from report where process_instance_id = ?",
            String.class, task.getProcessInstanceId()))).toList();
  }

  private void submitAndAccept(Task submit) {
    Map<String, Object> values = new HashMap<>(tasks.getVariablesLocal(submit.getId()));
    values.put("propagandaSessions", 2L);
    values.put("narrative", "Đơn vị đã triển khai kế hoạch.");
    tasks.complete(submit.getId(), values);
    Task review = tasks.createTaskQuery().processInstanceId(submit.getProcessInstanceId())
        .taskDefinitionKey(PeriodicReportProcess.USER_TASK_REVIEW).singleResult();
    tasks.complete(review.getId(), Map.of("decision", "accept"));
  }

  /** Moves the engine clock from timer to timer, running what falls due, up to the end of the given day. */
  private void advanceUntil(LocalDate day) {
    Date end = Date.from(day.plusDays(1).atStartOfDay(BusinessTime.ZONE).toInstant());
    Job next;
    while ((next = nextTimer()) != null && !next.getDuedate().after(end)) {
      ClockUtil.setCurrentTime(next.getDuedate());
      runJobs();
    }
    ClockUtil.setCurrentTime(end);
    runJobs();
  }

  private void advanceToNextTimer() {
    Job next = nextTimer();
    if (next == null || next.getDuedate().toInstant().isAfter(ZonedDateTime.parse((YEAR + 1)
        + "-01-01T00:00:00+07:00").toInstant())) {
      throw new AssertionError("the year ended and no report opened");
    }
    ClockUtil.setCurrentTime(next.getDuedate());
    runJobs();
  }

  private Job nextTimer() {
    List<Job> first = management.createJobQuery().timers().withRetriesLeft().orderByJobDuedate().asc().listPage(0, 1);
    return first.isEmpty() ? null : first.get(0);
  }

  /**
   * Per history table: exact rows and bytes on disk (table, indexes, TOAST), each table rewritten first (VACUUM FULL)
   * so that the bytes are those its rows take, not the space deleted rows left; byte arrays included.
   */
  private Map<String, long[]> historyTables() {
    for (String table : jdbc.queryForList("select tablename from pg_tables where schemaname = 'public' and (tablename"
        + " like 'act\\_hi\\_%' or tablename = 'act_ge_bytearray')", String.class)) {
      jdbc.execute("vacuum full " + table);
    }
    Map<String, long[]> tables = new LinkedHashMap<>();
    for (String table : jdbc.queryForList("select tablename from pg_tables where schemaname = 'public' and (tablename"
        + " like 'act\\_hi\\_%' or tablename = 'act_ge_bytearray') order by tablename", String.class)) {
      long rows = jdbc.queryForObject("select count(*) from " + table, Long.class);
      long bytes = jdbc.queryForObject("select pg_total_relation_size(?::regclass)", Long.class, table);
      tables.put(table, new long[] {rows, bytes});
    }
    return tables;
  }

  private static long[] delta(long[] now, long[] before) {
    return new long[] {now[0] - before[0], now[1] - before[1]};
  }

  private void completeTaskOf(String processInstanceId, Map<String, Object> variables) {
    Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
    tasks.complete(task.getId(), variables);
  }

  private void runJobs() {
    EngineJobs.runDue(management);
  }

  private static void at(String time) {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse(time).toInstant()));
  }
}
