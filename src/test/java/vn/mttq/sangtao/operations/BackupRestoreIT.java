package vn.mttq.sangtao.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.mttq.sangtao.support.BenchmarkApp;
import vn.mttq.sangtao.support.NodeProcess;
import vn.mttq.sangtao.support.TimerStorm;

/**
 * The README's backup procedure, end to end: a running node's database is dumped with {@code pg_dump -Fc} while it
 * serves, restored with {@code pg_restore} into an empty PostgreSQL, and a node started on the copy finds the same
 * plans, reports, tasks and timers; the reminders that were waiting fire there, each once. PostgreSQL 15 here: the
 * version of the client tools Debian ships (they refuse a newer server); production's compose runs the tools of its
 * own PostgreSQL image.
 */
class BackupRestoreIT {

  private static final int REPORTS = 20;
  private static final List<String> COUNTED = List.of("plan", "plan_implementation", "report", "notice", "unit",
      "act_ru_task", "act_ru_job", "act_ru_execution", "act_ru_variable", "act_hi_procinst", "act_id_user",
      "act_ru_authorization", "flyway_schema_history");

  @Test
  void aDumpOfARunningSystemRestoredIntoAnEmptyDatabaseHasTheSameWorkAndItsTimersFireOnce() throws Exception {
    Path dump = Path.of("target", "backups", "sangtao.dump");
    Files.createDirectories(dump.getParent());
    Files.deleteIfExists(dump);
    Map<String, Long> original;
    TimerStorm storm;
    try (EmbeddedPostgres running = start();
        NodeProcess node = NodeProcess.launch("backup-original", running).awaitReady(Duration.ofMinutes(5));
        ConfigurableApplicationContext setup = BenchmarkApp.start(running, true)) {
      storm = TimerStorm.open(setup, "sao-luu", REPORTS);
      JdbcTemplate db = new JdbcTemplate(running.getPostgresDatabase());
      original = counts(db);
      assertThat(original.get("report")).isGreaterThanOrEqualTo(REPORTS);
      assertThat(timers(db)).as("each report's waiting reminder").isEqualTo(REPORTS);

      run(tool("pg_dump"), "--format=custom", "--host=localhost", "--port=" + running.getPort(),
          "--username=postgres", "--dbname=postgres", "--file=" + dump);
      assertThat(node.alive()).as("the node served on while it was dumped").isTrue();
      assertThat(counts(db)).as("nothing changed meanwhile").isEqualTo(original);
    }

    try (EmbeddedPostgres empty = start()) {
      JdbcTemplate db = new JdbcTemplate(empty.getPostgresDatabase());
      assertThat(db.queryForObject("select count(*) from information_schema.tables where table_schema = 'public'",
          Long.class)).as("an empty database").isZero();
      run(tool("pg_restore"), "--exit-on-error", "--no-owner", "--host=localhost", "--port=" + empty.getPort(),
          "--username=postgres", "--dbname=postgres", dump.toString());
      assertThat(counts(db)).as("the restored copy").isEqualTo(original);

      try (NodeProcess restored = NodeProcess.launch("backup-restored", empty).awaitReady(Duration.ofMinutes(5))) {
        assertThat(counts(db)).as("the node's start changed nothing").isEqualTo(original);
        long fired = System.nanoTime();
        assertThat(storm.fire(db)).isEqualTo(REPORTS);
        TimerStorm.Outcome outcome = storm.await(db, fired, Duration.ofMinutes(2));
        assertThat(outcome.reportsNoticed()).as(outcome + "\n" + restored.tail()).isEqualTo(REPORTS);
        assertThat(outcome.reportsNoticedTwice()).as(outcome.toString()).isZero();
        assertThat(outcome.failedAttempts()).as(outcome.toString()).isZero();
        assertThat(outcome.firedPerNode()).as(outcome.toString()).containsOnlyKeys("backup-restored");
      }
    }
  }

  private static Map<String, Long> counts(JdbcTemplate db) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : COUNTED) {
      counts.put(table, db.queryForObject("select count(*) from " + table, Long.class));
    }
    return counts;
  }

  private static long timers(JdbcTemplate db) {
    return db.queryForObject("select count(*) from act_ru_job where type_ = 'timer' and process_instance_id_ in"
        + " (select proc_inst_id_ from act_ru_execution where business_key_ like 'sao-luu-%' and parent_id_ is null)",
        Long.class);
  }

  /** An embedded PostgreSQL of the client tools' major version (target/postgres-for-backups, copied by Maven). */
  private static EmbeddedPostgres start() throws IOException {
    Path binaries = Path.of("target", "postgres-for-backups", "postgres-for-backups.jar");
    assertThat(binaries).as("copied by ./mvnw verify (maven-dependency-plugin)").exists();
    return EmbeddedPostgres.builder().setPgBinaryResolver((system, hardware) -> {
      JarFile jar = new JarFile(binaries.toFile());
      // the jar holds one archive, for this machine's system
      return jar.getInputStream(jar.stream().filter(entry -> entry.getName().endsWith(".txz")).findFirst()
          .orElseThrow());
    }).start();
  }

  /** pg_dump or pg_restore: on the PATH, or Debian's /usr/lib/postgresql/<version>/bin (installed by .ci/run). */
  private static String tool(String name) throws IOException {
    Path debian = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(debian)) {
      try (Stream<Path> versions = Files.list(debian)) {
        var found = versions.map(v -> v.resolve("bin").resolve(name)).filter(Files::isExecutable).sorted()
            .reduce((a, b) -> b);
        if (found.isPresent()) {
          return found.get().toString();
        }
      }
    }
    return name;
  }

  private static void run(String... command) throws Exception {
    Path log = Path.of("target", "backups", Path.of(command[0]).getFileName() + ".log");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(String.join(" ", command)).isTrue();
    assertThat(process.exitValue()).as(String.join(" ", command) + ":\n" + Files.readString(log)).isZero();
  }
}
