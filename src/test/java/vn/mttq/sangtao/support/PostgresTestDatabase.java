package vn.mttq.sangtao.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import javax.sql.DataSource;

import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL for integration tests: the one named by {@code TEST_DB_URL} (with {@code TEST_DB_USER},
 * {@code TEST_DB_PASSWORD}; give it an empty database), otherwise an embedded PostgreSQL started for the Spring
 * context and stopped with it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PostgresTestDatabase {

  static final String HOLDER = "embeddedPostgres";

  /** The embedded server, or null when an external database is used. */
  @Bean(name = HOLDER, destroyMethod = "close")
  EmbeddedPostgresHolder embeddedPostgres() {
    return new EmbeddedPostgresHolder(System.getenv("TEST_DB_URL") == null ? startEmbedded() : null);
  }

  @Bean
  DataSource dataSource(EmbeddedPostgresHolder holder) {
    String url = System.getenv("TEST_DB_URL");
    String user = System.getenv().getOrDefault("TEST_DB_USER", "postgres");
    String password = System.getenv().getOrDefault("TEST_DB_PASSWORD", "");
    if (url == null) {
      url = holder.postgres().getJdbcUrl("postgres", "postgres");
      user = "postgres";
      password = "";
    }
    HikariDataSource dataSource = DataSourceBuilder.create().type(HikariDataSource.class)
        .driverClassName("org.postgresql.Driver").url(url).username(user).password(password).build();
    dataSource.setMaximumPoolSize(10);
    // zonky stops the server in its own shutdown hook, concurrently with the Spring context's: the engine's last
    // command at close then fails within seconds instead of holding the JVM for Hikari's default 30 s
    dataSource.setConnectionTimeout(5_000);
    return dataSource;
  }

  public static EmbeddedPostgres startEmbedded() {
    try {
      EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
      // -Dbenchmark.pgLogDir=<dir>: the server logs every statement with its duration there, to find slow ones
      String logDir = System.getProperty("benchmark.pgLogDir");
      if (logDir != null) {
        builder.setServerConfig("logging_collector", "on").setServerConfig("log_directory", logDir)
            .setServerConfig("log_min_duration_statement", "0");
        // -Dbenchmark.pgExplainOverMs=<ms>: and the plan, with its actual rows and times, of statements slower than that
        String explainOver = System.getProperty("benchmark.pgExplainOverMs");
        if (explainOver != null) {
          builder.setServerConfig("shared_preload_libraries", "auto_explain")
              .setServerConfig("auto_explain.log_min_duration", explainOver)
              .setServerConfig("auto_explain.log_analyze", "on");
        }
      }
      return builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
    }
  }

  /** Closes the embedded server, if any, after the data source. */
  public record EmbeddedPostgresHolder(EmbeddedPostgres postgres) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      if (postgres != null) {
        postgres.close();
      }
    }
  }
}
