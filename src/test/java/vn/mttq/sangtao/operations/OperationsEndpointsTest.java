package vn.mttq.sangtao.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.ProductPropertiesUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.client.RestTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.mttq.sangtao.report.PeriodicReportProcess;
import vn.mttq.sangtao.support.EngineJobs;
import vn.mttq.sangtao.support.Http;

/**
 * What an operator sees of a node on its management port (never on the public one): health and info, and metrics
 * in Prometheus format that follow a plan issued (the approval completed over the engine REST API as Tasklist does
 * it), its cascade and a report submitted late; and the JSON log line of that task's completion, naming the user,
 * the process instance and its business key. A context of its own: the engine's metrics on, JSON logs as in
 * production.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "management.server.port=0", "camunda.bpm.metrics.enabled=true", "camunda.bpm.metrics.db-reporter-activate=false",
    "logging.structured.format.console=logstash", "logging.level.vn.mttq.sangtao=debug"})
@ActiveProfiles("test")
@AutoConfigureObservability(tracing = false)
@ExtendWith(OutputCaptureExtension.class)
class OperationsEndpointsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String UNIT = "dn-p-hanggon";
  private static final int YEAR = 2026;

  @LocalManagementPort
  int managementPort;
  @Autowired
  TestRestTemplate rest;
  @Autowired
  TaskService tasks;
  @Autowired
  ManagementService management;
  @Autowired
  HistoryService history;

  private final RestTemplate operator = new RestTemplate();
  private java.time.Duration ahead = java.time.Duration.ZERO;

  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }

  @Test
  void healthAndInfoAnswerOnTheManagementPortAndNotOnThePublicOne() throws Exception {
    for (String path : List.of("/actuator/health", "/actuator/prometheus", "/actuator/info")) {
      ResponseEntity<String> publicly = Http.as(rest, null).get(path);
      assertThat(publicly.getStatusCode().value()).as(path + " on the public port").isEqualTo(404);
    }
    JsonNode readiness = management("/actuator/health/readiness");
    assertThat(readiness.path("status").asText()).isEqualTo("UP");
    assertThat(readiness.path("components").path("engine").path("details").path("deployments").asLong())
        .isPositive();
    assertThat(readiness.path("components").path("migrations").path("details").path("pending").asInt()).isZero();
    assertThat(management("/actuator/health/liveness").path("status").asText()).isEqualTo("UP");

    JsonNode info = management("/actuator/info");
    assertThat(info.path("camunda").path("version").asText()).isEqualTo(ProductPropertiesUtil.getProductVersion())
        .startsWith("7.24");
    assertThat(info.path("build").path("version").asText()).isNotBlank();
    assertThat(info.path("git").path("commit").path("id").asText()).as("the commit this build was made of")
        .isNotBlank();
  }

  @Test
  void metricsFollowAPlanIssuedItsCascadeAndALateReportAndTheCompletionIsLogged(CapturedOutput output)
      throws Exception {
    Map<String, Double> before = scrapeFresh();

    at(YEAR + "-03-01T09:00:00+07:00");
    ResponseEntity<String> drafted = Http.as(rest, "dn.canbo").post("/api/plans", """
        {"issuingUnitCode":"dn","title":"Kế hoạch thử số đo năm %d","year":%d,"implementRecipients":["%s"],
         "informationRecipients":[]}""".formatted(YEAR, YEAR, UNIT));
    assertThat(drafted.getStatusCode().value()).as(drafted.getBody()).isEqualTo(201);
    String issuance = JSON.readTree(drafted.getBody()).path("processInstanceId").asText();
    Task approval = tasks.createTaskQuery().processInstanceId(issuance).singleResult();
    Http leader = Http.as(rest, "dn.lanhdao");
    assertThat(leader.post("/engine-rest/task/" + approval.getId() + "/claim", "{\"userId\":\"dn.lanhdao\"}")
        .getStatusCode().value()).isEqualTo(204);
    ResponseEntity<String> approved = leader.post("/engine-rest/task/" + approval.getId() + "/complete",
        "{\"variables\":{\"decision\":{\"value\":\"approve\"}}}");
    assertThat(approved.getStatusCode().value()).as(approved.getBody()).isEqualTo(204);
    String requestId = approved.getHeaders().getFirst(RequestLogContext.HEADER);
    EngineJobs.runDue(management);
    at(YEAR + "-05-08T08:00:00+07:00");
    EngineJobs.runDue(management);
    ClockUtil.reset();

    Task report = tasks.createTaskQuery().taskCandidateGroup(UNIT + ".staff")
        .taskDefinitionKey(PeriodicReportProcess.USER_TASK_SUBMIT).singleResult();
    Http staff = Http.as(rest, UNIT + ".canbo");
    assertThat(staff.post("/engine-rest/task/" + report.getId() + "/claim", "{\"userId\":\"" + UNIT + ".canbo\"}")
        .getStatusCode().value()).isEqualTo(204);
    Map<String, Double> reportOpen = scrapeFresh();
    ResponseEntity<String> submitted = staff.post("/engine-rest/task/" + report.getId() + "/submit-form",
        "{\"variables\":{\"propagandaSessions\":{\"value\":\"4\"},\"narrative\":{\"value\":\"Báo cáo nộp muộn\"}}}");
    assertThat(submitted.getStatusCode().value()).as(submitted.getBody()).isEqualTo(204);
    Map<String, Double> after = scrapeFresh();

    assertThat(delta(before, after, "sangtao_plans_issued_total")).isEqualTo(1);
    assertThat(delta(before, after, "sangtao_cascade_recipients_started_total")).isEqualTo(1);
    assertThat(delta(before, after, "sangtao_reports_submitted_total{late=\"true\"")).as("submitted after 07/06/"
        + YEAR).isEqualTo(1);
    assertThat(delta(before, after, "sangtao_reports_submitted_total{late=\"false\"")).isZero();
    assertThat(delta(before, after, "sangtao_notices_sent_total")).as("the issuer and the recipient are told")
        .isPositive();
    assertThat(delta(before, after, "camunda_activity_instance_start_total")).isPositive();
    assertThat(delta(before, after, "camunda_job_successful_total")).as("the cascade's jobs").isPositive();
    assertThat(delta(before, after, "camunda_job_failed_total")).isZero();
    assertThat(delta(before, reportOpen, "sangtao_tasks_open{process=\"periodicReport\""))
        .as("the report to submit").isEqualTo(1);
    assertThat(delta(before, reportOpen, "sangtao_tasks_overdue{process=\"periodicReport\""))
        .as("due on 07/06/" + YEAR).isEqualTo(1);
    assertThat(delta(before, reportOpen, "sangtao_tasks_open{process=\"planImplementation\""))
        .as("the recipient's implementation").isPositive();
    assertThat(delta(reportOpen, after, "sangtao_tasks_overdue{process=\"periodicReport\""))
        .as("submitted, no longer overdue").isEqualTo(-1);
    assertThat(sum(after, "sangtao_jobs{state=\"waiting\"")).as("the report's next reminders").isPositive();
    assertThat(delta(before, after, "http_server_requests_seconds_count{family=\"engine-rest\""))
        .as("claims, completion, submission").isGreaterThanOrEqualTo(4);
    assertThat(delta(before, after, "http_server_requests_seconds_count{family=\"api\"")).isGreaterThanOrEqualTo(1);
    assertThat(sum(after, "sangtao_incidents_open")).isZero();

    // every metric the checked-in Grafana dashboard draws is one this node exposes
    JsonNode dashboard = JSON.readTree(java.nio.file.Path.of("deploy", "grafana", "dashboards", "sangtao.json")
        .toFile());
    java.util.Set<String> names = new java.util.TreeSet<>();
    for (JsonNode panel : dashboard.path("panels")) {
      for (JsonNode target : panel.path("targets")) {
        java.util.regex.Matcher metric = java.util.regex.Pattern.compile(
            "\\b((?:sangtao|camunda|http_server|jvm|hikaricp)_[a-z0-9_]+)").matcher(target.path("expr").asText());
        while (metric.find()) {
          names.add(metric.group(1));
        }
      }
    }
    assertThat(names).hasSizeGreaterThan(10);
    java.util.Set<String> exposed = new java.util.HashSet<>();
    after.keySet().forEach(series -> exposed.add(series.replaceAll("\\{.*", "")));
    assertThat(exposed).as("the dashboard's metrics").containsAll(names);

    JsonNode approvalLine = completionLine(output, approval);
    assertThat(approvalLine.path("user").asText()).isEqualTo("dn.lanhdao");
    assertThat(approvalLine.path("processInstanceId").asText()).isEqualTo(issuance);
    assertThat(approvalLine.path("requestId").asText()).isEqualTo(requestId).isNotBlank();
    assertThat(approvalLine.path("level").asText()).isEqualTo("INFO");
    // the plan's business key (its reference) is given at issuance, after the approval: the report's instance has one
    JsonNode reportLine = completionLine(output, report);
    assertThat(reportLine.path("user").asText()).isEqualTo(UNIT + ".canbo");
    assertThat(reportLine.path("processInstanceId").asText()).isEqualTo(report.getProcessInstanceId());
    assertThat(reportLine.path("businessKey").asText()).isNotBlank().isEqualTo(history
        .createHistoricProcessInstanceQuery().processInstanceId(report.getProcessInstanceId()).singleResult()
        .getBusinessKey());
    assertThat(reportLine.path("requestId").asText()).isEqualTo(submitted.getHeaders()
        .getFirst(RequestLogContext.HEADER));
    assertThat(output.getOut()).as("no text the staff member typed").doesNotContain("Báo cáo nộp muộn");
  }

  @Test
  void aCitizensNameAddressAndPhoneFromThePublicPageAreNeverLogged(CapturedOutput output) throws Exception {
    String name = "Trần Thị Bảo Ngọc";
    String phone = "0912345678";
    String email = "bao.ngoc.nguoidan@example.vn";
    org.springframework.util.LinkedMultiValueMap<String, Object> parts = new org.springframework.util.LinkedMultiValueMap<>();
    org.springframework.http.HttpHeaders json = new org.springframework.http.HttpHeaders();
    json.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
    parts.add("initiative", new org.springframework.http.HttpEntity<>(JSON.writeValueAsString(Map.of(
        "title", "Tủ sách chung ở nhà văn hóa khu phố", "summary", "Mỗi nhà góp một cuốn sách.",
        "description", "Đặt tủ sách ở nhà văn hóa, tổ trưởng giữ sổ mượn.", "contentArea", "POLITICAL_SYSTEM",
        "authorKind", "INDIVIDUAL", "authorNames", name, "authorUnitCode", "dn-p-longkhanh-kp1",
        "submitterName", name, "submitterPhone", phone, "submitterEmail", email)), json));
    org.springframework.http.HttpHeaders multipart = new org.springframework.http.HttpHeaders();
    multipart.setContentType(org.springframework.http.MediaType.MULTIPART_FORM_DATA);
    ResponseEntity<String> receipt = rest.postForEntity("/public/api/initiatives",
        new org.springframework.http.HttpEntity<>(parts, multipart), String.class);
    assertThat(receipt.getStatusCode().value()).as(receipt.getBody()).isEqualTo(201);
    String trackingCode = JSON.readTree(receipt.getBody()).path("trackingCode").asText();
    Task preCheck = tasks.createTaskQuery().processInstanceBusinessKey(trackingCode).singleResult();
    ResponseEntity<String> read = Http.as(rest, "dn-p-longkhanh.canbo").get("/engine-rest/task/" + preCheck.getId()
        + "/form-variables");
    assertThat(read.getStatusCode().value()).as(read.getBody()).isEqualTo(200);

    // our own code logs at debug level in this test: what it writes then must not carry them either; the test's
    // mail server, which received the receipt mail, is not the application
    String logged = String.join("\n", output.getOut().lines().filter(line -> !line.contains("com.icegreen"))
        .toList());
    assertThat(logged).doesNotContain(name, phone, email, "Tủ sách chung");
  }

  private static JsonNode completionLine(CapturedOutput output, Task task) {
    return output.getOut().lines().filter(line -> line.startsWith("{")).map(OperationsEndpointsTest::json)
        .filter(line -> line.path("message").asText().contains(task.getId() + ") completed")).findFirst()
        .orElseThrow(() -> new AssertionError("no JSON line for the completion of " + task.getName() + " in:\n"
            + output.getOut()));
  }

  private JsonNode management(String path) throws Exception {
    return JSON.readTree(operator.getForObject("http://localhost:" + managementPort + path, String.class));
  }

  /** The Prometheus page, one entry per series: {@code name{labels}} to its value. */
  private Map<String, Double> scrape() {
    String page = operator.getForObject("http://localhost:" + managementPort + "/actuator/prometheus", String.class);
    Map<String, Double> series = new HashMap<>();
    for (String line : page.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).toList()) {
      int space = line.lastIndexOf(' ');
      series.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
    }
    return series;
  }

  /**
   * A scrape after the gauges' database counts have aged out: the engine clock moved past their cache, a little
   * further each time, and back to the real time afterwards.
   */
  private Map<String, Double> scrapeFresh() {
    ahead = ahead.plus(ProcessGauges.MAX_AGE.multipliedBy(2));
    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(ahead)));
    try {
      return scrape();
    } finally {
      ClockUtil.reset();
    }
  }

  /** The sum of every series whose name and first labels begin so (labels are sorted by name). */
  private static double sum(Map<String, Double> series, String prefix) {
    String name = prefix.contains("{") ? prefix.substring(0, prefix.indexOf('{')) : prefix;
    String label = prefix.contains("{") ? prefix.substring(prefix.indexOf('{') + 1) : "";
    return series.entrySet().stream().filter(e -> e.getKey().equals(name) || e.getKey().startsWith(name + "{"))
        .filter(e -> label.isEmpty() || e.getKey().contains(label)).mapToDouble(Map.Entry::getValue).sum();
  }

  private static double delta(Map<String, Double> before, Map<String, Double> after, String prefix) {
    return sum(after, prefix) - sum(before, prefix);
  }

  private static JsonNode json(String line) {
    try {
      return JSON.readTree(line);
    } catch (Exception notJson) {
      return JSON.createObjectNode();
    }
  }

  private static void at(String time) {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.parse(time).toInstant()));
  }
}
