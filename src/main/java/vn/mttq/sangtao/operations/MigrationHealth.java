package vn.mttq.sangtao.operations;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Every migration of this version is applied and none failed: the tables are the ones this code expects. The
 * migrations this code ships are resolved once (Flyway scans the class path for them); each probe then reads only
 * the schema history, one small query, however often the proxy and the orchestrator ask.
 */
@Component("migrations")
class MigrationHealth extends AbstractHealthIndicator {

  private final JdbcTemplate jdbc;
  private final String history;
  private final SingletonSupplier<List<MigrationVersion>> shipped;

  MigrationHealth(Flyway flyway, JdbcTemplate jdbc) {
    super("The migrations cannot be read");
    this.jdbc = jdbc;
    // Flyway names its table and columns in lower case, quoted (H2 would read them unquoted as upper case)
    this.history = "select \"version\", \"success\" from \"" + flyway.getConfiguration().getTable()
        + "\" where \"version\" is not null";
    this.shipped = SingletonSupplier.of(() -> Arrays.stream(flyway.info().all()).map(MigrationInfo::getVersion)
        .filter(v -> v != null).toList());
  }

  @Override
  protected void doHealthCheck(Health.Builder health) {
    List<Map<String, Object>> rows = jdbc.queryForList(history);
    MigrationVersion applied = rows.stream().filter(row -> Boolean.TRUE.equals(row.get("success")))
        .map(row -> MigrationVersion.fromVersion((String) row.get("version"))).max(MigrationVersion::compareTo)
        .orElse(MigrationVersion.EMPTY);
    boolean failed = rows.stream().anyMatch(row -> !Boolean.TRUE.equals(row.get("success")));
    long pending = shipped.obtain().stream().filter(v -> v.compareTo(applied) > 0).count();
    (pending > 0 || failed ? health.down() : health.up())
        .withDetail("version", applied == MigrationVersion.EMPTY ? "none" : applied.getVersion())
        .withDetail("pending", pending).withDetail("failed", failed);
  }
}
