package vn.mttq.sangtao.operations;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** Every migration of this version is applied and none failed: the tables are the ones this code expects. */
@Component("migrations")
class MigrationHealth implements HealthIndicator {

  private final Flyway flyway;

  MigrationHealth(Flyway flyway) {
    this.flyway = flyway;
  }

  @Override
  public Health health() {
    var info = flyway.info();
    MigrationInfo current = info.current();
    int pending = info.pending().length;
    boolean failed = java.util.Arrays.stream(info.applied()).anyMatch(m -> m.getState().isFailed());
    return (pending == 0 && !failed ? Health.up() : Health.down())
        .withDetail("version", current == null ? "none" : current.getVersion().getVersion())
        .withDetail("pending", pending).withDetail("failed", failed).build();
  }
}
