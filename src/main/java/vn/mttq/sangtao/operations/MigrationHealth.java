package vn.mttq.sangtao.operations;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/** Every migration of this version is applied and none failed: the tables are the ones this code expects. */
@Component("migrations")
class MigrationHealth extends AbstractHealthIndicator {

  private final Flyway flyway;

  MigrationHealth(Flyway flyway) {
    super("The migrations cannot be read");
    this.flyway = flyway;
  }

  @Override
  protected void doHealthCheck(Health.Builder health) {
    var info = flyway.info();
    MigrationInfo current = info.current();
    int pending = info.pending().length;
    boolean failed = java.util.Arrays.stream(info.applied()).anyMatch(m -> m.getState().isFailed());
    (pending == 0 && !failed ? health.up() : health.down())
        .withDetail("version", current == null ? "none" : current.getVersion().getVersion())
        .withDetail("pending", pending).withDetail("failed", failed);
  }
}
