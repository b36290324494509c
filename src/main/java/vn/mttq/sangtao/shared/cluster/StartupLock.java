package vn.mttq.sangtao.shared.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * Lets one node at a time do the first-start work on a shared PostgreSQL: the engine's tables, the demo data, the
 * units' groups and authorizations, the Tasklist filters. Two nodes started at once on an empty database otherwise
 * both create the engine's tables (ENGINE-03017) or load the same units (a duplicate {@code uq_unit_code}).
 *
 * <p>A session-level advisory lock, taken when the engine starts to build (before its schema work) and given back
 * when the application is ready, after every start-up runner. A node that dies meanwhile loses its connection and
 * with it the lock. On H2 (one node, embedded) there is nothing to guard.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class StartupLock extends AbstractProcessEnginePlugin {

  /** The advisory lock's key: any number no other application on the database uses. */
  static final long KEY = 0x5A4E47_7441_4F01L;
  private static final Logger LOG = LoggerFactory.getLogger(StartupLock.class);

  private final DataSource dataSource;
  private Connection held;

  public StartupLock(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    acquire();
  }

  /** Waits until no other node is starting, then holds the lock (once; again is a no-op). */
  public synchronized void acquire() {
    if (held != null) {
      return;
    }
    try {
      Connection connection = dataSource.getConnection();
      if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
        connection.close();
        return;
      }
      long started = System.nanoTime();
      try (Statement statement = connection.createStatement()) {
        statement.execute("select pg_advisory_lock(" + KEY + ")");
      }
      held = connection;
      LOG.info("Start-up lock taken after {} ms", (System.nanoTime() - started) / 1_000_000);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot take the start-up lock on the database", e);
    }
  }

  /** Gives the lock back once every start-up runner has run, or when a start fails and the context closes. */
  @EventListener(ApplicationReadyEvent.class)
  @Order(Ordered.HIGHEST_PRECEDENCE)
  @PreDestroy
  public synchronized void release() {
    if (held == null) {
      return;
    }
    try (Connection connection = held; Statement statement = connection.createStatement()) {
      // the connection goes back to the pool: the lock must not stay with it
      statement.execute("select pg_advisory_unlock(" + KEY + ")");
    } catch (SQLException e) {
      LOG.warn("Could not give back the start-up lock: {}", e.getMessage());
    } finally {
      held = null;
    }
  }
}
