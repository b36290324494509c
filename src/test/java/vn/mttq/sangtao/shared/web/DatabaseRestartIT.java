package vn.mttq.sangtao.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.mttq.sangtao.support.TasklistSignIn;

/**
 * The database stops under a running application: requests answer 503 {@code application/problem+json} with the
 * Vietnamese message to try again within a few seconds (the pool waits 3 s for a connection, as in production), on
 * the application's API, the engine REST API, the public API and the webapps' own API alike; once the database is
 * back, the application serves again by itself. Its own embedded PostgreSQL, which the test stops and starts on the
 * same data and port. Meanwhile the node's readiness (management port) is DOWN, naming the database, the engine and the
 * migrations, and its liveness stays UP (a node is not restarted for the database's outage); both UP again after.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
@ActiveProfiles("test")
@Import(DatabaseRestartIT.RestartableDatabase.class)
class DatabaseRestartIT {

  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;
  @org.springframework.boot.test.web.server.LocalManagementPort
  int managementPort;
  @Autowired
  RestartableDatabase database;

  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("dn.canbo:demo"
            .getBytes(StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> getInTasklist(String path, String cookies) throws Exception {
    return TasklistSignIn.get(http, "http://localhost:" + port, path, cookies);
  }

  private HttpResponse<String> probe(String which) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + "/actuator/health/"
        + which)).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String status(HttpResponse<String> probe, String component) throws IOException {
    JsonNode health = JSON.readTree(probe.body());
    return (component == null ? health : health.path("components").path(component)).path("status").asText();
  }

  @Test
  void aStoppedDatabaseAnswers503QuicklyAndTheApplicationServesAgainOnceItIsBack() throws Exception {
    assertThat(get("/api/units/dn").statusCode()).isEqualTo(200);
    String tasklist = TasklistSignIn.cookies(http, "http://localhost:" + port, "dn.canbo", "demo");
    String webappCount = "/camunda/api/engine/engine/default/task/count";
    assertThat(getInTasklist(webappCount, tasklist).statusCode()).isEqualTo(200);
    HttpResponse<String> ready = probe("readiness");
    assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
    assertThat(status(ready, null)).isEqualTo("UP");
    for (String component : new String[] {"db", "engine", "migrations", "readinessState"}) {
      assertThat(status(ready, component)).as(component).isEqualTo("UP");
    }

    database.stop();
    try {
      HttpResponse<String> notReady = probe("readiness");
      assertThat(notReady.statusCode()).as(notReady.body()).isEqualTo(503);
      assertThat(status(notReady, null)).isEqualTo("DOWN");
      for (String component : new String[] {"db", "engine", "migrations"}) {
        assertThat(status(notReady, component)).as(component + " while the database is stopped").isEqualTo("DOWN");
      }
      HttpResponse<String> alive = probe("liveness");
      assertThat(alive.statusCode()).as(alive.body()).isEqualTo(200);
      assertThat(status(alive, null)).isEqualTo("UP");

      for (String path : new String[] {"/api/units/dn", "/engine-rest/task/count", "/public/api/units",
          webappCount}) {
        long started = System.nanoTime();
        HttpResponse<String> answer = path.equals(webappCount) ? getInTasklist(path, tasklist) : get(path);
        double seconds = (System.nanoTime() - started) / 1e9;

        assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Content-Type")).as(path)
            .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.headers().firstValue("Retry-After")).as(path).isPresent();
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("detail").asText()).as(path).contains("thử lại");
        assertThat(seconds).as(path + " answered within a few seconds").isLessThan(10);
      }
    } finally {
      database.start();
    }

    int status = 0;
    for (int attempt = 0; attempt < 60 && status != 200; attempt++) {
      status = get("/api/units/dn").statusCode();
      if (status != 200) {
        Thread.sleep(500);
      }
    }
    assertThat(status).as("served again once the database is back").isEqualTo(200);
    assertThat(get("/engine-rest/task/count").statusCode()).isEqualTo(200);
    HttpResponse<String> readyAgain = probe("readiness");
    assertThat(readyAgain.statusCode()).as(readyAgain.body()).isEqualTo(200);
    assertThat(status(readyAgain, null)).isEqualTo("UP");
  }

  /** An embedded PostgreSQL on a fixed port and data directory, so that it can be stopped and started again. */
  @TestConfiguration(proxyBeanMethods = false)
  static class RestartableDatabase implements AutoCloseable {

    private final Path data;
    private final int port;
    private EmbeddedPostgres postgres;

    RestartableDatabase() throws IOException {
      this.data = Files.createTempDirectory("sangtao-outage-pg-");
      try (ServerSocket socket = new ServerSocket(0)) {
        this.port = socket.getLocalPort();
      }
      start();
    }

    synchronized void start() {
      try {
        postgres = EmbeddedPostgres.builder().setPort(port).setDataDirectory(data).setCleanDataDirectory(false)
            .start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    synchronized void stop() throws IOException {
      postgres.close();
    }

    @Bean
    DataSource dataSource() {
      HikariDataSource dataSource = DataSourceBuilder.create().type(HikariDataSource.class)
          .driverClassName("org.postgresql.Driver")
          .url("jdbc:postgresql://localhost:" + port + "/postgres").username("postgres").password("").build();
      dataSource.setMaximumPoolSize(10);
      // as in production (application.yaml): a bounded wait for a connection
      dataSource.setConnectionTimeout(3_000);
      dataSource.setValidationTimeout(2_000);
      return dataSource;
    }

    @Override
    public synchronized void close() throws IOException {
      postgres.close();
      org.springframework.util.FileSystemUtils.deleteRecursively(data);
    }
  }
}
