package vn.mttq.sangtao.support;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.mttq.sangtao.shared.BusinessTime;

/**
 * Many report reminders falling due at the same moment on nodes that run on the real clock: {@link #open} opens the
 * reports with their {@code periodicReport} instances through a context of the test's own (its job executor off), due
 * in two days, so that the 3-day reminder is already reached and the next one is tomorrow; {@link #fire} makes every
 * notice timer of the batch due now, for the nodes' job executors to take; {@link #await} waits for one notice per
 * report and reads from the job log what happened: successes per node, failed attempts.
 */
public final class TimerStorm {

  private static final int SETUP_THREADS = 4;

  private final String batch;
  private final List<Long> reportIds;

  private TimerStorm(String batch, List<Long> reportIds) {
    this.batch = batch;
    this.reportIds = reportIds;
  }

  /** Opens {@code count} reports of one issued plan, each with its running {@code periodicReport}. */
  public static TimerStorm open(ConfigurableApplicationContext setup, String batch, int count) throws Exception {
    JdbcTemplate jdbc = setup.getBean(JdbcTemplate.class);
    RuntimeService runtime = setup.getBean(RuntimeService.class);
    LocalDate today = LocalDate.now(BusinessTime.ZONE);
    Long plan = new PlanFixtures(jdbc).issuedPlan("dn", today.minusMonths(1), "Kế hoạch thử nhắc hàng loạt " + batch);
    int firstYear = jdbc.queryForObject("select coalesce(max(period_year), 10000) + 1 from report", Integer.class);
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      rows.add(new Object[] {plan, firstYear + i, firstYear + i, java.sql.Date.valueOf(today.plusDays(2))});
    }
    jdbc.batchUpdate("insert into report (plan_id, unit_id, receiving_unit_id, period, period_year, from_year,"
        + " due_date, status, opened_at) values (?, (select id from unit where code = 'dn-p-binhloc'),"
        + " (select id from unit where code = 'dn'), 'HALF_YEAR', ?, ?, ?, 'OPEN', now())", rows);
    List<Long> ids = jdbc.queryForList("select id from report where plan_id = ? order by id", Long.class, plan);
    ExecutorService pool = Executors.newFixedThreadPool(SETUP_THREADS);
    try {
      List<Future<?>> started = new ArrayList<>();
      for (Long id : ids) {
        started.add(pool.submit(() -> runtime.startProcessInstanceByKey("periodicReport", batch + "-" + id,
            Map.of("reportId", id))));
      }
      for (Future<?> each : started) {
        each.get();
      }
    } finally {
      pool.shutdown();
    }
    return new TimerStorm(batch, ids);
  }

  public int size() {
    return reportIds.size();
  }

  /** Makes every notice timer of the batch due now; returns how many. */
  public int fire(JdbcTemplate db) {
    return db.update("update act_ru_job set duedate_ = now() where type_ = 'timer' and process_instance_id_ in"
        + " (select proc_inst_id_ from act_ru_execution where business_key_ like ? and parent_id_ is null)",
        batch + "-%");
  }

  /** Waits until every report of the batch has its notice; what the job log says of the batch's timers then. */
  public Outcome await(JdbcTemplate db, long firedAtNanos, Duration limit) throws InterruptedException {
    long end = System.nanoTime() + limit.toNanos();
    long notices;
    while ((notices = notices(db)) < reportIds.size()) {
      if (System.nanoTime() > end) {
        break;
      }
      Thread.sleep(200); // the nodes work on their own; a cheap count polled until the deadline
    }
    double seconds = (System.nanoTime() - firedAtNanos) / 1e9;
    Map<String, Long> perNode = new LinkedHashMap<>();
    db.query("select hostname_, count(*) from act_hi_job_log where job_state_ = 2 and job_def_type_ like 'timer%'"
        + " and process_instance_id_ in (select proc_inst_id_ from act_hi_procinst where business_key_ like ?)"
        + " group by hostname_ order by hostname_", row -> {
          perNode.put(row.getString(1), row.getLong(2));
        }, batch + "-%");
    long failed = db.queryForObject("select count(*) from act_hi_job_log where job_state_ = 1 and"
        + " process_instance_id_ in (select proc_inst_id_ from act_hi_procinst where business_key_ like ?)",
        Long.class, batch + "-%");
    long reportsNoticedTwice = db.queryForObject("select count(*) from (select reference from notice where reference"
        + " in (" + references() + ") group by reference having count(*) > 1) twice", Long.class);
    return new Outcome(reportIds.size(), notices, reportsNoticedTwice, failed, perNode, seconds);
  }

  private long notices(JdbcTemplate db) {
    return db.queryForObject("select count(distinct reference) from notice where reference in (" + references() + ")",
        Long.class);
  }

  private String references() {
    StringBuilder in = new StringBuilder();
    for (Long id : reportIds) {
      in.append(in.length() == 0 ? "" : ",").append("'report:").append(id).append("'");
    }
    return in.toString();
  }

  /** What a storm left: notices sent, reports noticed twice, failed job attempts, successful firings per node. */
  public record Outcome(int reports, long reportsNoticed, long reportsNoticedTwice, long failedAttempts,
      Map<String, Long> firedPerNode, double seconds) {

    public double rate() {
      return reports / seconds;
    }

    @Override
    public String toString() {
      return String.format("%d reports, %d noticed (%d twice), %d failed attempts, fired per node %s, %.1f s"
          + " (%.1f/s)", reports, reportsNoticed, reportsNoticedTwice, failedAttempts, firedPerNode, seconds, rate());
    }
  }
}
