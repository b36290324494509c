package vn.mttq.sangtao.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.mttq.sangtao.support.BenchmarkApp;
import vn.mttq.sangtao.support.NationalTree;
import vn.mttq.sangtao.support.PostgresTestDatabase;
import vn.mttq.sangtao.support.WebappSession;
import vn.mttq.sangtao.unit.LineVisibility;
import vn.mttq.sangtao.unit.UnitGroups;
import vn.mttq.sangtao.unit.UnitImportService;

/**
 * What the line rule costs the two screens people open most, with many open tasks nationwide (default 100,000 over
 * the 20,202 units of the national tree, each instance visible to its unit's line as the application grants it):
 * Tasklist's "Việc của đơn vị" for one commune's staff, and Cockpit's instance list of one province's leaders, each
 * as the user and, beside it, as an administrator (the same checks, passed through the grants on "*"). Prints p50
 * and p95; asserts no time.
 *
 * <pre>./mvnw -Pbenchmark verify -Dit.test=AccessQueryBenchmark -Dbenchmark.openTasks=100000</pre>
 */
class AccessQueryBenchmark {

  private static final int PROVINCES = Integer.getInteger("benchmark.provinces", 34);
  private static final int COMMUNES = Integer.getInteger("benchmark.communes", 98);
  private static final int OPEN_TASKS = Integer.getInteger("benchmark.openTasks", 100_000);
  private static final int RUNS = Integer.getInteger("benchmark.queryRuns", 200);
  private static final int SETUP_THREADS = 3;
  private static final String KEY = "openWorkBenchmark";

  @Test
  void tasklistAndCockpitListsWithManyOpenTasksNationwide() throws Exception {
    try (EmbeddedPostgres postgres = PostgresTestDatabase.startEmbedded();
        ConfigurableApplicationContext app = BenchmarkApp.start(postgres, false,
            "--camunda.bpm.generic-properties.properties.authorization-check-revokes="
                + System.getProperty("benchmark.authorizationCheckRevokes", "auto"))) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      app.getBean(UnitImportService.class).importCsv(NationalTree.csv(PROVINCES, COMMUNES)
          .getBytes(StandardCharsets.UTF_8));
      List<String> units = NationalTree.csv(PROVINCES, COMMUNES).lines().skip(1).map(l -> l.split(",")[0]).toList();
      engine.getRepositoryService().createDeployment().addModelInstance(KEY + ".bpmn",
          Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1).startEvent().userTask("work")
              .camundaCandidateGroups("${group}").camundaDueDate("${due}").endEvent().done()).deploy();

      long t = System.nanoTime();
      open(engine, app.getBean(LineVisibility.class), units);
      double setupSeconds = BenchmarkApp.seconds(t);

      String communeStaff = UnitGroups.staff(NationalTree.commune(PROVINCES / 2 + 1, COMMUNES / 2 + 1));
      String provinceLeaders = UnitGroups.leaders(NationalTree.province(PROVINCES / 2 + 1));
      IdentityService identity = engine.getIdentityService();
      Supplier<Object> tasklist = () -> {
        var query = engine.getTaskService().createTaskQuery().taskCandidateGroupIn(List.of(communeStaff))
            .includeAssignedTasks().orderByDueDate().asc();
        return query.listPage(0, 15).size() + query.count();
      };
      Supplier<Object> engineQuery = () -> {
        var query = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY)
            .orderByProcessInstanceId().desc();
        return query.listPage(0, 50).size() + query.count();
      };
      String definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(KEY)
          .singleResult().getId();
      engine.getIdentityService().saveUser(leader(engine.getIdentityService(), "benchmark.lanhdao"));
      engine.getIdentityService().createMembership("benchmark.lanhdao", provinceLeaders);
      TestRestTemplate rest = new TestRestTemplate(new RestTemplateBuilder()
          .rootUri("http://localhost:" + app.getEnvironment().getProperty("local.server.port")));
      double[] cockpitUser = timeHttp(cockpitPage(WebappSession.signIn(rest, "cockpit", "benchmark.lanhdao",
          BenchmarkApp.DEMO_PASSWORD), definition));
      double[] cockpitAdmin = timeHttp(cockpitPage(WebappSession.signIn(rest, "cockpit", "admin",
          BenchmarkApp.ADMIN_PASSWORD), definition));
      double[] tasklistUser = time(identity, "benchmark.canbo", communeStaff, tasklist);
      double[] tasklistAdmin = time(identity, "admin", Groups.CAMUNDA_ADMIN, tasklist);
      double[] engineUser = time(identity, "benchmark.lanhdao", provinceLeaders, engineQuery);
      double[] engineAdmin = time(identity, "admin", Groups.CAMUNDA_ADMIN, engineQuery);
      long grants = app.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
          .queryForObject("select count(*) from act_ru_authorization", Long.class);

      System.out.printf("%n=== Access query benchmark (PostgreSQL, %d units, %d open tasks, %d authorization rows,"
          + " authorization-check-revokes %s) ===%n", units.size(), OPEN_TASKS, grants,
          System.getProperty("benchmark.authorizationCheckRevokes", "auto"));
      System.out.printf("setting up the open tasks:                 %8.1f s%n", setupSeconds);
      System.out.printf("Tasklist \"Việc của đơn vị\", commune staff:  p50 %8.1f ms  p95 %8.1f ms (%3.0f runs; target"
          + " p95 < 100)%n", tasklistUser[0], tasklistUser[1], tasklistUser[2]);
      System.out.printf("  the same query as admin (grants on *):   p50 %8.1f ms  p95 %8.1f ms (%3.0f runs)%n",
          tasklistAdmin[0], tasklistAdmin[1], tasklistAdmin[2]);
      System.out.printf("Cockpit instance list, province leaders:   p50 %8.1f ms  p95 %8.1f ms (%3.0f runs; target"
          + " p95 < 500; its count and first page over HTTP)%n", cockpitUser[0], cockpitUser[1], cockpitUser[2]);
      System.out.printf("  the same requests as admin:              p50 %8.1f ms  p95 %8.1f ms (%3.0f runs)%n",
          cockpitAdmin[0], cockpitAdmin[1], cockpitAdmin[2]);
      System.out.printf("Engine instance query, province leaders:   p50 %8.1f ms  p95 %8.1f ms (%3.0f runs; the engine"
          + " REST list, not Cockpit's)%n", engineUser[0], engineUser[1], engineUser[2]);
      System.out.printf("  the same query as admin (grants on *):   p50 %8.1f ms  p95 %8.1f ms (%3.0f runs)%n",
          engineAdmin[0], engineAdmin[1], engineAdmin[2]);
      System.out.flush();
    }
  }

  /** Opens the tasks round the units, in a few threads, each instance granted to its unit's line. */
  private static void open(ProcessEngine engine, LineVisibility visibility, List<String> units) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(SETUP_THREADS);
    try {
      List<Future<?>> parts = new ArrayList<>();
      for (int thread = 0; thread < SETUP_THREADS; thread++) {
        int first = thread;
        parts.add(pool.submit(() -> {
          for (int i = first; i < OPEN_TASKS; i += SETUP_THREADS) {
            String unit = units.get(i % units.size());
            String instance = engine.getRuntimeService().startProcessInstanceByKey(KEY, Map.of("group",
                UnitGroups.staff(unit), "due", java.util.Date.from(java.time.Instant.now().plusSeconds(i))))
                .getId();
            visibility.grant(instance, unit);
          }
          return null;
        }));
      }
      for (Future<?> part : parts) {
        part.get();
      }
    } finally {
      pool.shutdown();
    }
  }

  private static User leader(IdentityService identity, String id) {
    User user = identity.newUser(id);
    user.setFirstName("Lãnh đạo");
    user.setLastName("thử nghiệm");
    user.setPassword(BenchmarkApp.DEMO_PASSWORD);
    return user;
  }

  /**
   * What Cockpit asks when a leader opens a model's page: the first 50 running instances, newest first, and their
   * count, each checked to answer 200.
   */
  private static Supplier<Object> cockpitPage(WebappSession session, String definition) {
    String base = "/camunda/api/cockpit/plugin/base/default/process-instance";
    String query = "{\"processDefinitionId\":\"" + definition + "\",\"sortBy\":\"startTime\",\"sortOrder\":\"desc\"}";
    return () -> {
      var list = session.post(base + "?firstResult=0&maxResults=50", query);
      var count = session.post(base + "/count", query);
      if (list.getStatusCode().value() != 200 || count.getStatusCode().value() != 200) {
        throw new IllegalStateException(list.getBody() + " " + count.getBody());
      }
      return count.getBody();
    };
  }

  private static double[] timeHttp(Supplier<Object> request) {
    return time(null, null, null, request);
  }

  /**
   * p50 and p95 in milliseconds of the query run as the user with that one group, after a warm-up: {@code RUNS} runs,
   * or as many as fit in two minutes when each is slow (at least five).
   */
  private static double[] time(IdentityService identity, String user, String group, Supplier<Object> query) {
    if (identity != null) {
      identity.setAuthentication(user, List.of(group));
    }
    try {
      query.get();
      double[] ms = new double[RUNS];
      int runs = 0;
      long deadline = System.nanoTime() + 120_000_000_000L;
      while (runs < RUNS && (runs < 5 || System.nanoTime() < deadline)) {
        long t = System.nanoTime();
        query.get();
        ms[runs++] = (System.nanoTime() - t) / 1e6;
      }
      double[] done = Arrays.copyOf(ms, runs);
      Arrays.sort(done);
      return new double[] {done[runs / 2], done[(int) Math.ceil(runs * 0.95) - 1], runs};
    } finally {
      if (identity != null) {
        identity.clearAuthentication();
      }
    }
  }
}
