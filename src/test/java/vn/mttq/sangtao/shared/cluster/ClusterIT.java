package vn.mttq.sangtao.shared.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.time.Duration;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.mttq.sangtao.plan.PlanIssuanceStarter;
import vn.mttq.sangtao.plan.PlanRequest;
import vn.mttq.sangtao.support.BenchmarkApp;
import vn.mttq.sangtao.support.NodeProcess;
import vn.mttq.sangtao.support.PostgresTestDatabase;
import vn.mttq.sangtao.support.TasklistSignIn;
import vn.mttq.sangtao.support.TimerStorm;
import vn.mttq.sangtao.unit.UnitImportService;

/**
 * Two application nodes, each a JVM of its own with its engine and job executor, on one PostgreSQL, as a national
 * deployment runs them: started at the same moment on an empty database, then used one after the other.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

  private static final Duration START = Duration.ofMinutes(5);
  /** The public page's status look-ups allowed to one address in an hour, on these nodes. */
  private static final int LOOKUPS = 6;
  /** Report reminders made due at the same moment. */
  private static final int STORM = 1_000;
  /** Communes added under the province, so that its plan's cascade lasts long enough to kill a node in it. */
  private static final int CASCADE_COMMUNES = 2_000;

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

  /** The last test: it kills whichever node holds the cascade's step, the other carries on alone. */
  @Test
  @Order(Integer.MAX_VALUE)
  void aNodeKilledMidCascadeLeavesItsWorkToTheOtherWithinAMinuteAndNothingIsDoneTwice() throws Exception {
    long planId;
    try (ConfigurableApplicationContext setup = BenchmarkApp.start(postgres, true)) {
      UnitImportService imports = setup.getBean(UnitImportService.class);
      for (int from = 1; from <= CASCADE_COMMUNES; from += 200) {
        StringBuilder csv = new StringBuilder("code,name,type,parentCode,validFrom,validTo\n");
        for (int i = from; i < from + 200 && i <= CASCADE_COMMUNES; i++) {
          csv.append(String.format("kc-x%04d,Ủy ban MTTQ Việt Nam xã Thử Số %d,COMMUNE,dn,01/07/2025,%n", i, i));
        }
        imports.importCsv(csv.toString().getBytes(StandardCharsets.UTF_8));
      }
      PlanIssuanceStarter.Started started = setup.getBean(PlanIssuanceStarter.class).start(new PlanRequest("dn",
          "Kế hoạch thử dừng đột ngột một nút", 2031, null, null, null, null, null, null, null, null, null, null,
          null, null, null, null, List.of(), null, null), "dn.canbo");
      TaskService tasks = setup.getBean(TaskService.class);
      Task approval = tasks.createTaskQuery().processInstanceId(started.processInstanceId()).singleResult();
      tasks.setAssignee(approval.getId(), "dn.lanhdao");
      tasks.complete(approval.getId(), Map.of("decision", "approve"));
      planId = started.plan().id();
    }
    // the nodes' job executors run the cascade, one step after the other (its steps are exclusive jobs of one
    // instance); the node holding a step is killed, which the job shows by its lock owner ("cluster-a/…")
    List<Map<String, Object>> held = List.of();
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (held.isEmpty() && System.nanoTime() < deadline) {
      held = db.queryForList("select id_, lock_owner_ from act_ru_job where lock_owner_ like 'cluster-_/%'"
          + " and lock_exp_time_ > now()");
    }
    assertThat(held).as("a node took a step of the cascade").isNotEmpty();
    String holder = ((String) held.get(0).get("lock_owner_")).substring(0, "cluster-a".length());
    NodeProcess killedNode = holder.equals("cluster-a") ? a : b;
    List<String> heldByKilled = held.stream().filter(job -> ((String) job.get("lock_owner_")).startsWith(holder))
        .map(job -> (String) job.get("id_")).toList();
    killedNode.kill();
    long killed = System.nanoTime();
    List<String> stillHeld = heldByKilled;
    while (!stillHeld.isEmpty() && System.nanoTime() - killed < Duration.ofSeconds(90).toNanos()) {
      Thread.sleep(200); // the other node takes the jobs once the lock expires; polled until they are done
      stillHeld = db.queryForList("select id_ from act_ru_job where id_ in (" + String.join(",",
          heldByKilled.stream().map(id -> "'" + id + "'").toList()) + ")", String.class);
    }
    double resumedWithin = (System.nanoTime() - killed) / 1e9;
    assertThat(stillHeld).as("the jobs the killed node held are done by the other").isEmpty();
    assertThat(resumedWithin).as("seconds until the killed node's work was done by the other").isLessThan(60);

    long recipients = db.queryForObject("select count(*) from plan_recipient where plan_id = ? and kind = 'IMPLEMENT'",
        Long.class, planId);
    assertThat(recipients).isGreaterThan(CASCADE_COMMUNES);
    String cascaded = "select count(*) from plan_implementation where plan_id = ? and process_instance_id is not null";
    deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (db.queryForObject(cascaded, Long.class, planId) < recipients && System.nanoTime() < deadline) {
      Thread.sleep(200); // the rest of the cascade, on the other node
    }
    assertThat(db.queryForObject(cascaded, Long.class, planId)).isEqualTo(recipients);
    // one implementation instance for each recipient, none started twice, no step failed for good
    assertThat(db.queryForObject("select count(*) from act_hi_procinst p where p.proc_def_key_ = 'planImplementation'"
        + " and exists (select 1 from plan_implementation i where i.plan_id = ? and i.process_instance_id = p.id_)",
        Long.class, planId)).isEqualTo(recipients);
    assertThat(db.queryForList("select v.long_ from act_hi_varinst v join act_hi_procinst p on p.id_ ="
        + " v.proc_inst_id_ where p.proc_def_key_ = 'planImplementation' and v.name_ = 'implementationId'"
        + " group by v.long_ having count(*) > 1", Long.class)).as("implementations started twice").isEmpty();
    assertThat(db.queryForObject("select count(*) from act_ru_incident", Long.class)).isZero();
    System.out.printf("Killed %s: its %d jobs done by the other node within %.1f s; %d recipients cascaded once"
        + " each%n", holder, heldByKilled.size(), resumedWithin, recipients);
  }
}
