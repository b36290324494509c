package vn.mttq.sangtao.report;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.mttq.sangtao.plan.PlanIssuanceStarter;
import vn.mttq.sangtao.plan.PlanRequest;
import vn.mttq.sangtao.support.BenchmarkApp;
import vn.mttq.sangtao.support.PostgresTestDatabase;
import vn.mttq.sangtao.unit.UnitService;

/**
 * Report reminders falling due at the same moment, drained by the job executor, against the bare engine draining
 * as many trivial timer jobs in the same run. Prints figures, asserts none:
 * {@code ./mvnw -Pbenchmark verify -Dit.test=ReminderBenchmark -Dbenchmark.reminders=100000}.
 */
class ReminderBenchmark {

  private static final int REMINDERS = Integer.getInteger("benchmark.reminders", 10_000);
  private static final int SETUP_THREADS = 3;
  private static final ZonedDateTime START = ZonedDateTime.parse("2030-03-01T09:00:00+07:00");
  /** 7 days before the half-year due date 07/06/2030, at 08:00. */
  private static final ZonedDateTime DUE = ZonedDateTime.parse("2030-05-31T08:00:00+07:00");

  @Test
  void remindersDrainAgainstTheBareEngine() throws Exception {
    ClockUtil.setCurrentTime(Date.from(START.toInstant()));
    try (EmbeddedPostgres postgres = PostgresTestDatabase.startEmbedded();
        ConfigurableApplicationContext app = BenchmarkApp.start(postgres, true,
            "--camunda.bpm.job-execution.enabled=true")) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      RuntimeService runtime = engine.getRuntimeService();
      ManagementService management = engine.getManagementService();
      JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
      UnitService units = app.getBean(UnitService.class);

      var started = app.getBean(PlanIssuanceStarter.class).start(new PlanRequest("dn", "Kế hoạch thử tải báo cáo",
          2030, null, null, null, null, null, null, null, null, null, null, null, null, null,
          List.of("dn-p-binhloc"), List.of(), null, null), "dn.canbo");
      var tasks = engine.getTaskService();
      var approval = tasks.createTaskQuery().processInstanceId(started.processInstanceId()).singleResult();
      tasks.setAssignee(approval.getId(), "dn.lanhdao");
      tasks.complete(approval.getId(), Map.of("decision", "approve"));
      awaitNoDueJobs(management, Duration.ofMinutes(2));

      // one report row per reminder (distinct years keep them apart), each with its periodicReport
      long plan = started.plan().id();
      long unit = units.get("dn-p-binhloc").id();
      long receiving = units.get("dn").id();
      List<Object[]> rows = new ArrayList<>();
      for (int i = 0; i < REMINDERS; i++) {
        rows.add(new Object[] {plan, unit, receiving, 10_000 + i, 10_000 + i});
      }
      jdbc.batchUpdate("insert into report (plan_id, unit_id, receiving_unit_id, period, period_year, from_year,"
          + " due_date, status, opened_at) values (?, ?, ?, 'HALF_YEAR', ?, ?, date '2030-06-07', 'OPEN', now())",
          rows);
      List<Long> ids = jdbc.queryForList("select id from report where period_year >= 10000 order by id", Long.class);
      long t = System.nanoTime();
      inParallel(ids, id -> runtime.startProcessInstanceByKey(PeriodicReportProcess.KEY, "benchmark-" + id,
          Map.of(PeriodicReportProcess.VAR_REPORT_ID, id)));
      double startSeconds = BenchmarkApp.seconds(t);

      engine.getRepositoryService().createDeployment().addModelInstance("bareTimers.bpmn",
          Bpmn.createExecutableProcess("bareTimers").camundaHistoryTimeToLive(1).startEvent().intermediateCatchEvent()
              .timerWithDate("2030-06-01T01:00:00Z").endEvent().done()).deploy();
      inParallel(ids, id -> runtime.startProcessInstanceByKey("bareTimers"));

      ClockUtil.setCurrentTime(Date.from(DUE.plusMinutes(1).toInstant()));
      t = System.nanoTime();
      awaitCount(jdbc, "select count(*) from notice where reference like 'report:%'", REMINDERS,
          Duration.ofMinutes(90));
      double reportSeconds = BenchmarkApp.seconds(t);
      long incidents = runtime.createIncidentQuery().count();
      long notices = jdbc.queryForObject("select count(*) from notice where reference like 'report:%'", Long.class);

      // the bare engine's timers fall due a day later, once the reminders are done
      ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse("2030-06-01T08:01:00+07:00").toInstant()));
      t = System.nanoTime();
      awaitCount(jdbc, "select count(*) from act_hi_procinst where proc_def_key_ = 'bareTimers' and end_time_ is not"
          + " null", REMINDERS, Duration.ofMinutes(90));
      double bareSeconds = BenchmarkApp.seconds(t);

      double reportRate = REMINDERS / reportSeconds;
      double bareRate = REMINDERS / bareSeconds;
      System.out.printf("%n=== Reminder benchmark (PostgreSQL, job executor, %,d reminders due at once) ===%n",
          REMINDERS);
      System.out.printf("starting the reports:            %8.1f s%n", startSeconds);
      System.out.printf("report reminders drained:        %8.1f s (%6.1f/s), %d incidents, %,d notices%n",
          reportSeconds, reportRate, incidents, notices);
      System.out.printf("bare timer jobs drained:         %8.1f s (%6.1f/s)%n", bareSeconds, bareRate);
      System.out.printf("reminder rate / bare rate:       %8.2f x (target >= 0.8)%n", reportRate / bareRate);
      System.out.flush();
    } finally {
      ClockUtil.reset();
    }
  }

  /** Sets up in a few threads: starting 100,000 instances one after another takes most of the run. */
  private static void inParallel(List<Long> ids, Consumer<Long> start) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(SETUP_THREADS);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (Long id : ids) {
        done.add(pool.submit(() -> start.accept(id)));
      }
      for (Future<?> each : done) {
        each.get();
      }
    } finally {
      pool.shutdown();
    }
  }

  /**
   * Waits until a cheap count reaches the target, asking once a second: polling the job table itself at this scale
   * would load the database the two runs share and weigh on whichever run has more jobs waiting.
   */
  private static void awaitCount(JdbcTemplate jdbc, String countSql, long target, Duration limit)
      throws InterruptedException {
    long end = System.nanoTime() + limit.toNanos();
    while (jdbc.queryForObject(countSql, Long.class) < target) {
      if (System.nanoTime() > end) {
        throw new AssertionError("not drained within " + limit);
      }
      Thread.sleep(1000);
    }
  }

  private static void awaitNoDueJobs(ManagementService management, Duration limit) throws InterruptedException {
    long end = System.nanoTime() + limit.toNanos();
    while (management.createJobQuery().executable().count() > 0) {
      if (System.nanoTime() > end) {
        throw new AssertionError("the plan's jobs did not finish within " + limit);
      }
      Thread.sleep(100);
    }
  }
}
