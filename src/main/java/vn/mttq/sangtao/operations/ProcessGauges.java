package vn.mttq.sangtao.operations;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * What is waiting, for the whole cluster (every node reads the same tables, so every node reports the same values):
 * open and overdue tasks and open incidents per process, and the engine's jobs by state (due, waiting for their
 * time, failed with no retries left). Read from the database at most every {@link #MAX_AGE} whatever the number of
 * scrapes, in a handful of grouped counts.
 */
@Component
class ProcessGauges implements MeterBinder {

  static final Duration MAX_AGE = Duration.ofSeconds(5);

  private final JdbcTemplate jdbc;
  private final RepositoryService repository;
  private final Clock clock;
  private Snapshot snapshot;

  ProcessGauges(JdbcTemplate jdbc, RepositoryService repository, Clock clock) {
    this.jdbc = jdbc;
    this.repository = repository;
    this.clock = clock;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    List<String> processes = repository.createProcessDefinitionQuery().latestVersion().list().stream()
        .map(ProcessDefinition::getKey).distinct().sorted().toList();
    for (String process : processes) {
      gauge(registry, "sangtao.tasks.open", "Open user tasks", process, s -> s.openTasks.getOrDefault(process, 0L));
      gauge(registry, "sangtao.tasks.overdue", "Open user tasks past their due date", process,
          s -> s.overdueTasks.getOrDefault(process, 0L));
      gauge(registry, "sangtao.incidents.open", "Open incidents", process,
          s -> s.incidents.getOrDefault(process, 0L));
    }
    for (String state : List.of("due", "waiting", "failed")) {
      Gauge.builder("sangtao.jobs", this, gauges -> gauges.current().jobs.getOrDefault(state, 0L))
          .description("The engine's jobs (act_ru_job) by state").tag("state", state).register(registry);
    }
  }

  private void gauge(MeterRegistry registry, String name, String description, String process,
      ToDoubleFunction<Snapshot> value) {
    Gauge.builder(name, this, gauges -> value.applyAsDouble(gauges.current())).description(description)
        .tag("process", process).register(registry);
  }

  private synchronized Snapshot current() {
    Instant now = clock.instant();
    if (snapshot == null || snapshot.takenAt.plus(MAX_AGE).isBefore(now)) {
      snapshot = read(now);
    }
    return snapshot;
  }

  private Snapshot read(Instant now) {
    Timestamp at = Timestamp.from(now);
    Map<String, Long> open = counts("select d.key_, count(*) from act_ru_task t join act_re_procdef d"
        + " on d.id_ = t.proc_def_id_ group by d.key_");
    Map<String, Long> overdue = counts("select d.key_, count(*) from act_ru_task t join act_re_procdef d"
        + " on d.id_ = t.proc_def_id_ where t.due_date_ < ? group by d.key_", at);
    Map<String, Long> incidents = counts("select d.key_, count(*) from act_ru_incident i join act_re_procdef d"
        + " on d.id_ = i.proc_def_id_ group by d.key_");
    Map<String, Long> jobs = new HashMap<>();
    jdbc.query("select coalesce(sum(case when retries_ = 0 then 1 else 0 end), 0), coalesce(sum(case when retries_"
        + " > 0 and (duedate_ is null or duedate_ <= ?) then 1 else 0 end), 0), coalesce(sum(case when retries_ > 0"
        + " and duedate_ > ? then 1 else 0 end), 0) from act_ru_job", row -> {
          jobs.put("failed", row.getLong(1));
          jobs.put("due", row.getLong(2));
          jobs.put("waiting", row.getLong(3));
        }, at, at);
    return new Snapshot(now, open, overdue, incidents, jobs);
  }

  private Map<String, Long> counts(String sql, Object... arguments) {
    Map<String, Long> counts = new HashMap<>();
    jdbc.query(sql, row -> {
      counts.put(row.getString(1), row.getLong(2));
    }, arguments);
    return counts;
  }

  private record Snapshot(Instant takenAt, Map<String, Long> openTasks, Map<String, Long> overdueTasks,
      Map<String, Long> incidents, Map<String, Long> jobs) {
  }
}
