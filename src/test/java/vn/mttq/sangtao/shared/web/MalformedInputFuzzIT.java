package vn.mttq.sangtao.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.mttq.sangtao.support.Http;
import vn.mttq.sangtao.support.OpenReports;
import vn.mttq.sangtao.support.PostgresIT;

/**
 * Requests sent wrong the ways a client gets them wrong, over HTTP as the rightful users: every field of every write of
 * {@code /api/**} and {@code /public/api/**} replaced by null, a list holding null, an object, a list, a huge number, a
 * NUL, a control character, a million characters, an empty text, a boolean, a negative number or a number written with
 * a decimal comma; whole bodies that are not JSON, empty, a list, nested 10,000 deep, or of another content type; and
 * every field of every start form and of each process's first task form submitted through the engine REST API the same
 * ways, with wrong value types too. Never a 5xx; every refusal {@code application/problem+json} (the engine REST API:
 * JSON with a message) in Vietnamese; a refused request leaves every count of records, instances and tasks as it was.
 * Prints the count of answers per endpoint and status.
 */
@PostgresIT
class MalformedInputFuzzIT {

  static final ObjectMapper JSON = new ObjectMapper();
  static final JsonNodeFactory F = JsonNodeFactory.instance;
  /** A Vietnamese sentence has at least one letter with a diacritic. */
  static final Pattern VIETNAMESE = Pattern.compile("[À-ỹđĐ]");
  /** A commune no other test works in: what the fuzz creates when a wrong value is still acceptable stays there. */
  static final String UNIT = "dn-x-thongnhat";
  static final String PLAN = """
      {"issuingUnitCode":"dn-x-thongnhat","title":"Kế hoạch thử dữ liệu sai","year":2030,"basis":"Căn cứ",
       "purposes":"Mục đích","implementRecipients":["dn-x-thongnhat-hnd"],"subordinateCommitteeTasks":"Nhiệm vụ",
       "symbol":"KH-MTTQ-BTT","number":null,"implementationDays":15,"informationRecipients":[],
       "memberOrganisationTasks":"Nhiệm vụ của các tổ chức thành viên","halfYearReportDue":"2030-06-07",
       "reportReminderDays":3,"summaryFromYear":null}""";
  static final String INITIATIVE = """
      {"title":"Sáng kiến thử dữ liệu sai","summary":"Tóm tắt","description":"Mô tả giải pháp","contentArea":"POLITICAL_SYSTEM",
       "fieldOfWork":"Dân vận","appliedAt":"Khu phố 1","expectedBenefit":"Hiệu quả","estimatedCostVnd":15000000,
       "authorKind":"INDIVIDUAL","authorNames":"Nguyễn Văn A","authorUnitCode":"dn-x-thongnhat",
       "receivingUnitCode":"dn-x-thongnhat","submitterName":"Nguyễn Văn A","submitterPhone":"0912345678",
       "submitterEmail":"a@example.vn"}""";

  @Autowired
  TestRestTemplate rest;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  TaskService taskService;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  ManagementService managementService;

  private final Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();
  private final List<String> failures = new ArrayList<>();
  private int sent;

  static List<JsonNode> wrongValues() {
    return List.of(F.nullNode(), F.arrayNode().addNull(), F.objectNode().put("x", 1), F.arrayNode().add("a"),
        F.numberNode(12345678901234567890.0), F.textNode("a\u0000b"), F.textNode("a\u0007b"),
        F.textNode("x".repeat(1_000_000)), F.textNode(""), F.booleanNode(true), F.numberNode(-1),
        F.textNode("1,5"));
  }

  /** Whole bodies no client should send. */
  static List<String> wrongBodies() {
    return List.of("{", "", "[]", "null", "\"chữ\"", "[".repeat(10_000) + "]".repeat(10_000), "{\"x\":",
        "{\"title\":\"\\ud800\"}", "\u0000");
  }

  /** What all the application's records, instances and tasks add up to. */
  private String rows() {
    return jdbc.queryForObject("""
        select concat_ws(',', (select count(*) from plan), (select count(*) from plan_recipient),
          (select count(*) from report), (select count(*) from inspection), (select count(*) from initiative),
          (select count(*) from initiative_application), (select count(*) from council_member),
          (select count(*) from council_vote), (select count(*) from award_proposal),
          (select count(*) from award_action), (select count(*) from assessment), (select count(*) from unit),
          (select count(*) from notice), (select count(*) from act_hi_procinst), (select count(*) from act_ru_task),
          (select count(*) from act_ru_variable))""", String.class);
  }

  @Test
  void everyWriteAndEveryFormRefusesMalformedInputInVietnameseAndLeavesNothing() throws Exception {
    Map<String, String> initiative = submitInitiative();
    String id = initiative.get("id");
    String code = initiative.get("trackingCode");

    fuzzJson("POST /api/plans", "dn-x-thongnhat.canbo", "/api/plans", PLAN);
    fuzzJson("POST /api/reports", "dn-x-thongnhat.canbo", "/api/reports", """
        {"planId":1,"unitCode":"dn-x-thongnhat","period":"HALF_YEAR","year":2030,"propagandaSessions":"1.250",
         "resourcesVnd":"15.000.000","narrative":"Kết quả"}""");
    fuzzJson("POST /api/inspections", "dn-x-thongnhat.canbo", "/api/inspections", """
        {"inspectingUnitCode":"dn-x-thongnhat","inspectedUnitCode":"dn-x-thongnhat-hnd","visitDate":"2026-11-20",
         "findings":"Đơn vị triển khai tốt"}""");
    fuzzJson("POST /api/initiatives", "dn-x-thongnhat.canbo", "/api/initiatives", INITIATIVE);
    fuzzJson("POST /api/initiatives/{id}/votes", "dn-x-thongnhat.lanhdao", "/api/initiatives/" + id + "/votes", """
        {"recuse":"no","recusalReason":null,"score":80,"noveltyMet":"met","noveltyComment":"Mới"}""");
    fuzzJson("POST /api/initiatives/{id}/council", "dn-x-thongnhat.lanhdao", "/api/initiatives/" + id + "/council",
        """
        {"members":["dn-x-thongnhat.lanhdao","dn-x-thongnhat.canbo","dn.lanhdao"],"chair":"dn-x-thongnhat.lanhdao",
         "votingDays":7}""");
    fuzzJson("POST /api/initiatives/{id}/applications", "dn-x-thongnhat.canbo",
        "/api/initiatives/" + id + "/applications",
        "{\"unitCode\":\"dn-x-thongnhat\",\"appliedFrom\":\"2026-10-01\",\"result\":\"Áp dụng tốt\"}");
    fuzzJson("POST /api/assessments", "dn-x-thongnhat.canbo", "/api/assessments",
        "{\"unitCode\":\"dn-x-thongnhat\",\"fromYear\":2031,\"toYear\":2031,\"awardForm\":\"COMMENDATION\"}");
    fuzzJson("POST /api/awards", "dn-x-thongnhat.canbo", "/api/awards", """
        {"proposerUnitCode":"dn-x-thongnhat","nomineeKind":"INDIVIDUAL","nomineeUnitCode":"dn-x-thongnhat",
         "nomineeName":"Nguyễn Văn B","nomineeEmail":"b@example.vn","awardForm":"COMMENDATION","year":2030,
         "achievements":"Thành tích","evidence":[{"kind":"RECOGNISED_INITIATIVE","ref":"%s"}]}""".formatted(code));
    fuzzJson("POST /api/awards/{id}/revoke", "dn-x-thongnhat.lanhdao", "/api/awards/1/revoke", "{\"reason\":\"Sai sót\"}");
    fuzzJson("POST /public/api/initiatives/{code}/supplement", null, "/public/api/initiatives/" + code
        + "/supplement", "{\"title\":\"Bổ sung\",\"summary\":\"Tóm tắt\",\"description\":\"Mô tả\","
        + "\"appliedAt\":\"Khu phố 2\",\"expectedBenefit\":\"Hiệu quả\"}");
    fuzzPaths();
    fuzzMultipart("POST /api/initiatives (multipart)", "dn-x-thongnhat.canbo", "/api/initiatives");
    fuzzMultipart("POST /public/api/initiatives", null, "/public/api/initiatives");
    fuzzCsv();

    for (String key : List.of("planIssuance", "awardProposal", "annualAssessment")) {
      fuzzStartForm(key);
    }
    openWorkForTheCommune();
    for (String key : List.of("planIssuance", "planImplementation", "periodicReport", "initiativeReview",
        "awardProposal", "annualAssessment")) {
      // one open task of each kind offered to the commune: those the fuzz itself opened, never another test's
      Map<String, Task> kinds = new LinkedHashMap<>();
      for (Task task : taskService.createTaskQuery().processDefinitionKey(key).active().orderByTaskCreateTime().desc()
          .list()) {
        if (offeredTo(task) != null) {
          kinds.putIfAbsent(task.getTaskDefinitionKey(), task);
        }
      }
      for (Task task : kinds.values()) {
        fuzzTaskForm(key, task);
      }
    }

    statuses.forEach((endpoint, counts) -> System.out.printf("%-60s %s%n", endpoint, counts));
    System.out.println(sent + " malformed requests, " + failures.size() + " failures");
    assertThat(failures).isEmpty();
    assertThat(sent).isGreaterThanOrEqualTo(1_000);
  }

  @Test
  void aReportWhoseCodesAreNotTextIsRefusedNamingTheField() throws Exception {
    for (String field : List.of("unitCode", "period")) {
      for (JsonNode wrong : List.of(F.numberNode(7), F.objectNode(), F.arrayNode().add("dn"))) {
        ObjectNode body = JSON.createObjectNode().put("planId", 1).put("unitCode", "dn-x-thongnhat")
            .put("period", "HALF_YEAR");
        body.set(field, wrong);
        String before = rows();
        ResponseEntity<String> answer = Http.as(rest, "dn-x-thongnhat.canbo").post("/api/reports",
            JSON.writeValueAsString(body));
        assertThat(answer.getStatusCode().value()).as(field + " = " + wrong + ": " + answer.getBody()).isEqualTo(400);
        assertThat(JSON.readTree(answer.getBody()).path("detail").asText()).contains("«" + field + "»");
        assertThat(rows()).isEqualTo(before);
      }
    }
  }

  /** A province's plan addressed to the commune (its acknowledgement) and its half-year report (its report form). */
  private void openWorkForTheCommune() {
    OpenReports.halfYear(rest, taskService, managementService, UNIT, 2031, "Kế hoạch năm 2031 cho xã Thống Nhất");
  }

  private Map<String, String> submitInitiative() throws Exception {
    ResponseEntity<String> created = Http.as(rest, "dn-x-thongnhat.canbo").post("/api/initiatives", INITIATIVE);
    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    JsonNode body = JSON.readTree(created.getBody());
    return Map.of("id", body.path("id").asText(), "trackingCode", body.path("trackingCode").asText());
  }

  /** Each field of the template replaced by each wrong value, then each wrong whole body. */
  private void fuzzJson(String endpoint, String user, String path, String template) throws Exception {
    ObjectNode valid = (ObjectNode) JSON.readTree(template);
    for (Iterator<String> fields = valid.fieldNames(); fields.hasNext();) {
      String field = fields.next();
      for (JsonNode wrong : wrongValues()) {
        ObjectNode body = valid.deepCopy();
        body.set(field, wrong);
        send(endpoint, field + " = " + abbreviated(wrong), () -> exchange(user, path,
            JSON.writeValueAsString(body), MediaType.APPLICATION_JSON), false);
      }
    }
    for (String body : wrongBodies()) {
      send(endpoint, "body " + abbreviated(body), () -> exchange(user, path, body, MediaType.APPLICATION_JSON),
          false);
    }
    send(endpoint, "as text/plain", () -> exchange(user, path, template, MediaType.TEXT_PLAIN), false);
    send(endpoint, "as XML", () -> exchange(user, path, "<a/>", MediaType.APPLICATION_XML), false);
  }

  /** Ids that are not ids, in every path that takes one. */
  private void fuzzPaths() throws Exception {
    for (String wrong : List.of("abc", "-1", "99999999999999999999", "1.5", "%20")) {
      for (String path : List.of("/api/initiatives/" + wrong + "/votes", "/api/initiatives/" + wrong + "/council",
          "/api/initiatives/" + wrong + "/council/close", "/api/initiatives/" + wrong + "/applications",
          "/api/awards/" + wrong + "/revoke", "/public/api/initiatives/" + wrong + "/supplement")) {
        String user = path.startsWith("/public") ? null : "dn-x-thongnhat.lanhdao";
        send("POST " + path.replace(wrong, "{wrong id}"), path, () -> exchange(user, path, "{}",
            MediaType.APPLICATION_JSON), false);
      }
    }
  }

  /** The initiative part of a multipart submission, wrong as above; a part missing; a file named with a NUL. */
  private void fuzzMultipart(String endpoint, String user, String path) throws Exception {
    ObjectNode valid = (ObjectNode) JSON.readTree(INITIATIVE);
    List<String> fields = new ArrayList<>();
    valid.fieldNames().forEachRemaining(fields::add);
    for (String field : fields.subList(0, 4)) {
      for (JsonNode wrong : wrongValues()) {
        ObjectNode body = valid.deepCopy();
        body.set(field, wrong);
        send(endpoint, field + " = " + abbreviated(wrong), () -> multipart(user, path, JSON.writeValueAsString(body),
            "ho-so.pdf"), false);
      }
    }
    for (String body : wrongBodies()) {
      send(endpoint, "part " + abbreviated(body), () -> multipart(user, path, body, "ho-so.pdf"), false);
    }
    send(endpoint, "file named with a NUL", () -> multipart(user, path, INITIATIVE, "a\u0000b.pdf"), false);
    send(endpoint, "no boundary", () -> {
      HttpHeaders headers = new HttpHeaders();
      headers.add(HttpHeaders.CONTENT_TYPE, "multipart/form-data");
      return http(user).exchange(path, HttpMethod.POST, new HttpEntity<>("--x\r\n", headers), String.class);
    }, false);
  }

  /** Unit files as an administrator might get them wrong. */
  private void fuzzCsv() throws Exception {
    String header = "code,name,type,parentCode,validFrom,validTo\n";
    for (String line : List.of("x-1,Tên có\u0000NUL,WARD,dn,,", "x-2,,WARD,dn,,", "x-3,Tên,KHONG_CO,dn,,",
        "x-4,Tên,WARD,khong-co,,", "x-5,Tên,WARD,dn,32/13/2020,", "x-6,Tên,WARD,dn,2020-01-01,2019-01-01",
        "x-7," + "T".repeat(100_000) + ",WARD,dn,,", "x-8,\"Tên chưa đóng ngoặc,WARD,dn,,", "x-9",
        "," + ",".repeat(50), "\u0000\u0001\u0002")) {
      // each line is wrong: a file holding one is refused whole, and nothing of it is imported
      ResponseEntity<String> answer = send("POST /api/units/import (text/csv)", abbreviated(line),
          () -> exchange("admin", "/api/units/import", header + line + "\n", MediaType.valueOf("text/csv")), false);
      if (answer.getStatusCode().value() < 400) {
        failures.add("POST /api/units/import: " + abbreviated(line) + " → accepted " + answer.getStatusCode());
      }
    }
    send("POST /api/units/import (text/csv)", "empty file", () -> exchange("admin", "/api/units/import", "",
        MediaType.valueOf("text/csv")), false);
  }

  /** Every field of a model's start form, wrong as above and with a wrong value type. */
  private void fuzzStartForm(String key) throws Exception {
    String form = formOf(key, null);
    fuzzForm("start form of " + key, UNIT + ".canbo", "/engine-rest/process-definition/key/" + key + "/submit-form", form);
  }

  /** Every field of a task's form, as a user the task is offered to, who claims it first. */
  private void fuzzTaskForm(String key, Task task) throws Exception {
    String form = formOf(key, task.getTaskDefinitionKey());
    String user = offeredTo(task);
    if (form == null || user == null) {
      return;
    }
    Http.as(rest, user).post("/engine-rest/task/" + task.getId() + "/claim", "{\"userId\":\"" + user + "\"}");
    fuzzForm("task form " + task.getTaskDefinitionKey(), user, "/engine-rest/task/" + task.getId()
        + "/submit-form", form);
  }

  private void fuzzForm(String endpoint, String user, String path, String form) throws Exception {
    List<String> keys = new ArrayList<>();
    collectKeys(JSON.readTree(getClass().getResourceAsStream("/forms/" + form + ".form")), keys);
    for (String field : keys) {
      for (JsonNode wrong : wrongValues()) {
        ObjectNode variables = JSON.createObjectNode();
        variables.putObject("variables").putObject(field).set("value", wrong);
        send(endpoint, field + " = " + abbreviated(wrong), () -> exchange(user, path,
            JSON.writeValueAsString(variables), MediaType.APPLICATION_JSON), true);
      }
      for (String type : List.of("Object", "Json", "Xml", "Bytes", "File", "Date", "Long", "Double")) {
        String body = "{\"variables\":{\"" + field + "\":{\"value\":\"khong-doc-duoc\",\"type\":\"" + type
            + "\",\"valueInfo\":{\"objectTypeName\":\"java.util.ArrayList\","
            + "\"serializationDataFormat\":\"application/x-java-serialized-object\"}}}}";
        send(endpoint, field + " as " + type, () -> exchange(user, path, body, MediaType.APPLICATION_JSON), true);
      }
    }
    for (String body : wrongBodies()) {
      send(endpoint, "body " + abbreviated(body), () -> exchange(user, path, body, MediaType.APPLICATION_JSON), true);
    }
  }

  private static void collectKeys(JsonNode node, List<String> keys) {
    for (JsonNode component : node.path("components")) {
      if (component.hasNonNull("key") && !component.path("readonly").asBoolean(false)) {
        keys.add(component.path("key").asText());
      }
      collectKeys(component, keys);
    }
  }

  /** The form a model's start event or user task names, from the deployed model. */
  private String formOf(String key, String taskDefinitionKey) {
    var definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
        .singleResult();
    var model = repositoryService.getBpmnModelInstance(definition.getId());
    if (taskDefinitionKey == null) {
      return model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.StartEvent.class).stream()
          .map(s -> s.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef"))
          .filter(java.util.Objects::nonNull).findFirst().orElseThrow();
    }
    UserTask task = model.getModelElementById(taskDefinitionKey);
    return task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
  }

  /** The commune's demo user of the group the task is offered to ({@code <unit>.staff} → {@code <unit>.canbo}). */
  private String offeredTo(Task task) {
    for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
      if (link.getGroupId() == null || !link.getGroupId().startsWith(UNIT + ".")) {
        continue;
      }
      if (link.getGroupId() != null && link.getGroupId().endsWith(".staff")) {
        return link.getGroupId().replace(".staff", ".canbo");
      }
      if (link.getGroupId() != null && link.getGroupId().endsWith(".leaders")) {
        return link.getGroupId().replace(".leaders", ".lanhdao");
      }
    }
    return null;
  }

  private interface Request {
    ResponseEntity<String> send() throws Exception;
  }

  /**
   * Sends one malformed request and checks its answer: no 5xx; a refusal in Vietnamese, as problem+json from our API
   * (JSON with a message from the engine's); and a refusal leaves every count as it was.
   */
  private ResponseEntity<String> send(String endpoint, String what, Request request, boolean engine)
      throws Exception {
    String before = rows();
    ResponseEntity<String> answer = request.send();
    sent++;
    int status = answer.getStatusCode().value();
    statuses.computeIfAbsent(endpoint, e -> new TreeMap<>()).merge(status, 1, Integer::sum);
    String said = endpoint + ": " + what + " → " + status;
    if (status >= 500) {
      failures.add(said + " " + abbreviated(answer.getBody()));
      return answer;
    }
    if (status < 400) {
      return answer;
    }
    String type = String.valueOf(answer.getHeaders().getContentType());
    String text;
    if (engine) {
      try {
        text = JSON.readTree(String.valueOf(answer.getBody())).path("message").asText();
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        failures.add(said + " not JSON: " + abbreviated(answer.getBody()));
        return answer;
      }
    } else if (!type.startsWith("application/problem+json")) {
      failures.add(said + " as " + type);
      return answer;
    } else {
      text = JSON.readTree(answer.getBody()).path("detail").asText();
    }
    if (!VIETNAMESE.matcher(text).find()) {
      failures.add(said + " not in Vietnamese: " + abbreviated(answer.getBody()));
    }
    if (!rows().equals(before)) {
      failures.add(said + " but left rows behind");
    }
    return answer;
  }

  private TestRestTemplate http(String user) {
    return user == null ? rest : rest.withBasicAuth(user, "admin".equals(user) ? "admin" : "demo");
  }

  private ResponseEntity<String> exchange(String user, String path, String body, MediaType type) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(type);
    if (user == null) {
      anonymous(headers);
      headers.add("X-Supplement-Secret", "khong-dung-ma-bi-mat");
    }
    return http(user).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }

  private ResponseEntity<String> multipart(String user, String path, String initiative, String fileName) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    HttpHeaders json = new HttpHeaders();
    json.setContentType(MediaType.APPLICATION_JSON);
    parts.add("initiative", new HttpEntity<>(initiative, json));
    parts.add("files", new ByteArrayResource("%PDF-1.4 hồ sơ".getBytes()) {
      @Override
      public String getFilename() {
        return fileName;
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    if (user == null) {
      anonymous(headers);
    }
    return http(user).exchange(path, HttpMethod.POST, new HttpEntity<>(parts, headers), String.class);
  }

  /**
   * An anonymous caller of its own address, as the trusted proxy of the tests forwards it: the public limits count
   * per address, and the other tests' callers keep theirs.
   */
  private static void anonymous(HttpHeaders headers) {
    headers.add("X-Forwarded-For", "198.51.100.7");
  }

  private static String abbreviated(Object value) {
    String text = String.valueOf(value).replace("\u0000", "\\0");
    return text.length() > 120 ? text.substring(0, 120) + "…(" + text.length() + ")" : text;
  }
}
