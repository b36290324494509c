package vn.mttq.sangtao.shared.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.mttq.sangtao.support.BenchmarkApp;
import vn.mttq.sangtao.support.NodeProcess;
import vn.mttq.sangtao.support.PostgresTestDatabase;
import vn.mttq.sangtao.support.TasklistSignIn;
import vn.mttq.sangtao.support.TimerStorm;

/**
 * Two application nodes, each a JVM of its own with its engine and job executor, on one PostgreSQL, as a national
 * deployment runs them: started at the same moment on an empty database, then used one after the other.
 */
class ClusterIT {

  private static final Duration START = Duration.ofMinutes(5);
  /** The public page's status look-ups allowed to one address in an hour, on these nodes. */
  private static final int LOOKUPS = 6;
  /** Report reminders made due at the same moment. */
  private static final int STORM = 1_000;

  static EmbeddedPostgres postgres;
  static NodeProcess a;
  static NodeProcess b;
  static JdbcTemplate db;
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void twoNodesStartAtOnceOnAnEmptyDatabase() {
    postgres = PostgresTestDatabase.startEmbedded();
    a = NodeProcess.launch("cluster-a", postgres, "--sangtao.public.lookups-per-hour=" + LOOKUPS);
    b = NodeProcess.launch("cluster-b", postgres, "--sangtao.public.lookups-per-hour=" + LOOKUPS);
    a.awaitReady(START);
    b.awaitReady(START);
    db = new JdbcTemplate(postgres.getPostgresDatabase());
  }

  @AfterAll
  static void stop() throws Exception {
    for (AutoCloseable closing : new AutoCloseable[] {b, a, postgres}) {
      if (closing != null) {
        closing.close();
      }
    }
  }

  @Test
  void bothServeTheDemoDataLoadedOnce() throws Exception {
    long units = db.queryForObject("select count(*) from unit", Long.class);
    assertThat(units).as("the demo tree").isGreaterThan(150);
    for (NodeProcess node : new NodeProcess[] {a, b}) {
      HttpResponse<String> province = node.get("/api/units/dn", "dn.canbo", BenchmarkApp.DEMO_PASSWORD);
      assertThat(province.statusCode()).as(node.tail()).isEqualTo(200);
      assertThat(province.body()).contains("Đồng Nai");
    }
    // each start-up step ran once: no Tasklist filter twice, no demo unit twice, one administrator
    assertThat(db.queryForList("select name_ from act_ru_filter group by name_, owner_ having count(*) > 1",
        String.class)).isEmpty();
    assertThat(db.queryForObject("select count(distinct code) from unit", Long.class)).isEqualTo(units);
    assertThat(db.queryForObject("select count(*) from act_id_user where id_ = 'admin'", Long.class)).isOne();
    assertThat(a.tail() + b.tail()).contains("Start-up lock taken");
  }

  @Test
  void aUnitImportedOrRenamedOnOneNodeIsKnownOnTheOtherAtItsNextRequest() throws Exception {
    // B has read the tree before the import
    assertThat(b.get("/api/units/dn/children", "dn.canbo", BenchmarkApp.DEMO_PASSWORD).statusCode()).isEqualTo(200);
    assertThat(b.get("/api/units/cl-xa", "dn.canbo", BenchmarkApp.DEMO_PASSWORD).statusCode()).isEqualTo(404);

    HttpResponse<String> imported = a.post("/api/units/import", "admin", BenchmarkApp.ADMIN_PASSWORD, "text/csv",
        "code,name,type,parentCode,validFrom,validTo\n"
            + "cl-xa,Ủy ban MTTQ Việt Nam xã Cụm Máy,COMMUNE,dn,01/07/2025,\n");
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    HttpResponse<String> seen = b.get("/api/units/cl-xa", "dn.canbo", BenchmarkApp.DEMO_PASSWORD);
    assertThat(seen.statusCode()).as(seen.body()).isEqualTo(200);
    assertThat(seen.body()).contains("Ủy ban MTTQ Việt Nam xã Cụm Máy");

    assertThat(a.post("/api/units/import", "admin", BenchmarkApp.ADMIN_PASSWORD, "text/csv",
        "code,name,type,parentCode,validFrom,validTo\n"
            + "cl-xa,Ủy ban MTTQ Việt Nam xã Cụm Hai Máy,COMMUNE,dn,01/07/2025,\n").statusCode()).isEqualTo(200);
    assertThat(b.get("/api/units/cl-xa", "dn.canbo", BenchmarkApp.DEMO_PASSWORD).body())
        .contains("Ủy ban MTTQ Việt Nam xã Cụm Hai Máy");
  }

  @Test
  void aTasklistSessionMadeOnOneNodeIsValidOnTheOther() throws Exception {
    String cookies = TasklistSignIn.cookies(NodeProcess.http(), a.base(), "dn.canbo", BenchmarkApp.DEMO_PASSWORD);
    for (NodeProcess node : new NodeProcess[] {a, b}) {
      HttpResponse<String> who = TasklistSignIn.get(NodeProcess.http(), node.base(),
          "/camunda/api/admin/auth/user/default", cookies);
      assertThat(who.statusCode()).as(node.base() + ": " + who.body()).isEqualTo(200);
      assertThat(who.body()).contains("\"userId\":\"dn.canbo\"");
      HttpResponse<String> tasks = TasklistSignIn.get(NodeProcess.http(), node.base(),
          "/camunda/api/engine/engine/default/task/count", cookies);
      assertThat(tasks.statusCode()).as(node.base() + ": " + tasks.body()).isEqualTo(200);
    }
    // without the session the same read is refused: it is the session that signs the caller in
    assertThat(TasklistSignIn.get(NodeProcess.http(), b.base(), "/camunda/api/engine/engine/default/task/count",
        "XSRF-TOKEN=x").statusCode()).isEqualTo(401);
  }

  @Test
  void thePublicLimitCountsTheLookUpsOfBothNodes() throws Exception {
    String lookUp = "/public/api/initiatives/SK-2026-000000";
    for (int i = 0; i < LOOKUPS; i++) {
      HttpResponse<String> answer = (i % 2 == 0 ? a : b).get(lookUp);
      assertThat(answer.statusCode()).as("look-up " + (i + 1) + ": " + answer.body()).isNotEqualTo(429);
    }
    for (NodeProcess node : new NodeProcess[] {a, b}) {
      HttpResponse<String> refused = node.get(lookUp);
      assertThat(refused.statusCode()).as(node.base()).isEqualTo(429);
      assertThat(refused.body()).contains("Bạn đã tra cứu quá nhiều lần trong một giờ qua");
    }
  }

  @Test
  void anInitiativeSubmittedOnOneNodeIsFoundSimilarOnTheOther() throws Exception {
    // B has searched before: its index was built without the initiative submitted next on A
    JsonNode original = JSON.readTree(submit(a, "Ứng dụng nhóm Zalo để tuyên truyền pháp luật ở khu phố",
        "Mỗi tổ dân phố lập một nhóm Zalo, Ban công tác Mặt trận đăng tin pháp luật hằng tuần."));
    JsonNode copy = JSON.readTree(submit(b, "Ung dung nhom Zalo de tuyen truyen phap luat o khu pho",
        "Moi to dan pho lap mot nhom Zalo, Ban cong tac Mat tran dang tin phap luat hang tuan."));

    HttpResponse<String> similar = b.get("/api/initiatives/" + copy.path("id").asLong() + "/similar",
        "dn-p-longkhanh.canbo", BenchmarkApp.DEMO_PASSWORD);
    assertThat(similar.statusCode()).as(similar.body()).isEqualTo(200);
    JsonNode first = JSON.readTree(similar.body()).path(0);
    assertThat(first.path("trackingCode").asText()).isEqualTo(original.path("trackingCode").asText());
    assertThat(first.path("similarityPercent").asInt()).isGreaterThanOrEqualTo(90);

    // and A, which indexed the original itself, finds the copy submitted on B
    HttpResponse<String> onA = a.get("/api/initiatives/" + original.path("id").asLong() + "/similar",
        "dn-p-longkhanh.canbo", BenchmarkApp.DEMO_PASSWORD);
    assertThat(onA.body()).contains(copy.path("trackingCode").asText());
  }

  private static String submit(NodeProcess node, String title, String description) throws Exception {
    HttpResponse<String> created = node.post("/api/initiatives", "dn-p-longkhanh.canbo", BenchmarkApp.DEMO_PASSWORD,
        "application/json", JSON.writeValueAsString(java.util.Map.of("title", title, "summary", title,
            "description", description, "contentArea", "POLITICAL_SYSTEM", "authorKind", "INDIVIDUAL",
            "authorNames", "Trần Văn Nam", "authorUnitCode", "dn-p-longkhanh-kp1")));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return created.body();
  }

  @Test
  void aThousandTimersDueAtOnceEachFireOnceOnBothNodesWithoutAFailedAttempt() throws Exception {
    TimerStorm storm;
    try (ConfigurableApplicationContext setup = BenchmarkApp.start(postgres, true)) {
      storm = TimerStorm.open(setup, "storm", STORM);
    }
    assertThat(storm.fire(db)).isEqualTo(STORM);
    TimerStorm.Outcome outcome = storm.await(db, System.nanoTime(), Duration.ofMinutes(5));

    assertThat(outcome.reportsNoticed()).as(outcome.toString()).isEqualTo(STORM);
    assertThat(outcome.reportsNoticedTwice()).as(outcome.toString()).isZero();
    assertThat(outcome.failedAttempts()).as(outcome.toString()).isZero();
    assertThat(outcome.firedPerNode()).as(outcome.toString()).containsOnlyKeys("cluster-a", "cluster-b");
    assertThat(outcome.firedPerNode().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(STORM);
    System.out.println("Timer storm on two nodes: " + outcome);
  }
}
