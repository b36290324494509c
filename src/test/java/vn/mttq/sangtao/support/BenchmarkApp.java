package vn.mttq.sangtao.support;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.mttq.sangtao.Application;

/**
 * The application started on its own, as in production, for benchmarks and restart tests: the postgres profile on an
 * embedded PostgreSQL, job executor off unless asked, quiet.
 */
public final class BenchmarkApp {

  /** Any non-default value: the embedded server trusts local connections. */
  public static final String EMBEDDED_PASSWORD = "embedded-trusts-local";
  public static final String ADMIN_PASSWORD = "quan-tri-thu-nghiem";
  public static final String DEMO_PASSWORD = "mau-thu-nghiem";

  private BenchmarkApp() {
  }

  /** Starts the application; {@code demoData} loads the demo tree and users. Extra arguments replace defaults. */
  public static ConfigurableApplicationContext start(EmbeddedPostgres postgres, boolean demoData, String... extra) {
    List<String> args = arguments(postgres, demoData);
    args.add("--camunda.bpm.job-execution.enabled=false");
    for (String argument : extra) {
      String key = argument.substring(0, argument.indexOf('=') + 1);
      args.removeIf(a -> a.startsWith(key));
      args.add(argument);
    }
    return new SpringApplicationBuilder(Application.class).profiles("postgres").run(args.toArray(String[]::new));
  }

  /**
   * The command-line arguments (they outrank application.yaml, default properties do not) of a quiet production
   * start on the embedded database, on a free port.
   */
  public static List<String> arguments(EmbeddedPostgres postgres, boolean demoData) {
    return new ArrayList<>(List.of("--server.port=0", "--management.server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=warn",
        "--DB_URL=" + postgres.getJdbcUrl("postgres", "postgres"), "--DB_USER=postgres",
        // production refuses guessable passwords
        "--DB_PASSWORD=" + EMBEDDED_PASSWORD, "--SANGTAO_ADMIN_PASSWORD=" + ADMIN_PASSWORD,
        "--SANGTAO_DEMO_PASSWORD=" + DEMO_PASSWORD, "--SANGTAO_DEMO=" + demoData,
        "--camunda.bpm.metrics.enabled=false", "--camunda.bpm.metrics.db-reporter-activate=false"));
  }

  public static double seconds(long sinceNanos) {
    return (System.nanoTime() - sinceNanos) / 1e9;
  }

  public static void resetPeakHeap() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  public static long peakHeapBytes() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }
}
