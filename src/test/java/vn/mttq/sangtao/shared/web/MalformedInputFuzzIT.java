package vn.mttq.sangtao.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.HistoryService;
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

import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.support.EngineJobs;
import vn.mttq.sangtao.support.Http;
import vn.mttq.sangtao.support.OpenReports;
import vn.mttq.sangtao.support.PostgresIT;
import vn.mttq.sangtao.support.TaskOutsiders;

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
  /**
   * Bodies without variables: no answer at all, which a form whose fields may stay empty or stand as prefilled takes
   * (an empty report, an unchanged supplement). Sent last to each form, they must never fail, but may be accepted.
   */
  static final Set<String> NO_ANSWER = Set.of("", "null", "{\"title\":\"\\ud800\"}");
  /** Text fields that hold a number as staff write it: "-1" or "1,5" there is wrong. */
  static final Set<String> NUMBERS_AS_TEXT = Set.of("propagandaSessions", "propagandaParticipants", "modelsBuilt",
      "modelsReplicated", "initiativesSubmitted", "initiativesRecognised", "initiativesApplied",
      "initiativesProposedSt", "collectivesCommended", "individualsCommended", "resourcesVnd", "inspectionsHeld",
      "clubsFormed", "estimatedCostVnd", "reportReminderDays");
  /** Leaders of three of the commune's member organisations: none of them of the initiative's author unit. */
  static final List<String> COUNCIL = List.of(UNIT + "-hnd.lanhdao", UNIT + "-doan.lanhdao", UNIT + "-phunu.lanhdao");
  /** A ballot; the reason of a recusal last, since any text there is a good one for a member who does not recuse. */
  static final String VOTE = """
      {"recuse":false,"score":80,"noveltyMet":true,"noveltyComment":"Mới",
       "suitabilityMet":true,"suitabilityComment":"Phù hợp","collectivityMet":true,"collectivityComment":"Tập thể",
       "effectivenessMet":true,"effectivenessComment":"Hiệu quả","economyMet":true,"economyComment":"Tiết kiệm",
       "recusalReason":null}""";
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
  @Autowired
  HistoryService historyService;

  private final Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();
  private TaskOutsiders outsiders;
  /** One answer of each endpoint and status, to read beside the counts. */
  private final Map<String, String> samples = new TreeMap<>();
  /** The user tasks (model.task) whose form had every field sent wrong and that outsiders were refused. */
  private final Set<String> fuzzedTasks = new TreeSet<>();
  /** The forms whose every field was sent wrong. */
  private final Set<String> fuzzedForms = new TreeSet<>();
  /** The process instances that were there before: the other tests' work, which the fuzz leaves alone. */
  private Set<String> baseline;
  private final List<String> failures = new ArrayList<>();
  private int sent;
  private int anonymousCallers;

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
    baseline = rootInstances();
    outsiders = new TaskOutsiders(rest, jdbc);
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
    fuzzJson("POST /api/initiatives/{id}/votes", "dn-x-thongnhat.lanhdao", "/api/initiatives/" + id + "/votes", VOTE);
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
    fuzzMethods(id, code);
    fuzzMultipart("POST /api/initiatives (multipart)", "dn-x-thongnhat.canbo", "/api/initiatives");
    fuzzMultipart("POST /public/api/initiatives", null, "/public/api/initiatives");
    fuzzCsv();

    for (String key : List.of("planIssuance", "initiativeReview", "awardProposal", "annualAssessment")) {
      fuzzStartForm(key);
    }
    openWorkForTheCommune();
    startAwardAndAssessment();
    walkEveryTask();
    assertThat(fuzzedForms).as("every form of every process").containsExactlyInAnyOrderElementsOf(allForms());
    assertThat(fuzzedTasks).as("every user task of every process").containsExactlyInAnyOrderElementsOf(allUserTasks());

    statuses.forEach((endpoint, counts) -> System.out.printf("%-60s %s%n", endpoint, counts));
    samples.forEach((endpoint, answer) -> System.out.printf("%-60s e.g. %s%n", endpoint, answer));
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
    // a plan begun in Tasklist by its name and year: its draft is written in its own task
    ResponseEntity<String> begun = Http.as(rest, UNIT + ".canbo").post("/engine-rest/process-definition/key/"
        + "planIssuance/submit-form", "{\"variables\":{\"title\":{\"value\":\"Kế hoạch soạn từng bước của xã\"},"
        + "\"year\":{\"value\":2031,\"type\":\"Long\"}}}");
    assertThat(begun.getStatusCode().value()).as(begun.getBody()).isEqualTo(200);
  }

  private Map<String, String> submitInitiative() throws Exception {
    ResponseEntity<String> created = Http.as(rest, "dn-x-thongnhat.canbo").post("/api/initiatives", INITIATIVE);
    assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(201);
    JsonNode body = JSON.readTree(created.getBody());
    return Map.of("id", body.path("id").asText(), "trackingCode", body.path("trackingCode").asText());
  }

  /** Each field of the template replaced by each wrong value, then each wrong whole body. */
  private void fuzzJson(String endpoint, String user, String path, String template) throws Exception {
    fuzzJson(endpoint, user, path, template, Set.of());
  }

  /**
   * The same, where a write succeeds only once (a vote, a council): nothing is sent in the fields that may stay
   * empty, so that an accepted empty field does not leave the rest of the fuzz to meet "already done".
   */
  private void fuzzJson(String endpoint, String user, String path, String template, Set<String> mayStayEmpty)
      throws Exception {
    ObjectNode valid = (ObjectNode) JSON.readTree(template);
    for (Iterator<String> fields = valid.fieldNames(); fields.hasNext();) {
      String field = fields.next();
      for (JsonNode wrong : wrongValues()) {
        if (mayStayEmpty.contains(field) && (wrong.isNull() || wrong.isTextual() && wrong.asText().isEmpty())) {
          continue;
        }
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

  /** Every write path asked with the methods it does not take: there is no PUT, PATCH or DELETE in the API. */
  private void fuzzMethods(String id, String code) throws Exception {
    for (String path : List.of("/api/plans", "/api/reports", "/api/inspections", "/api/initiatives",
        "/api/initiatives/" + id + "/votes", "/api/initiatives/" + id + "/council", "/api/initiatives/" + id
            + "/council/close", "/api/initiatives/" + id + "/applications", "/api/assessments", "/api/awards",
        "/api/awards/1/revoke", "/api/units/import", "/public/api/initiatives", "/public/api/initiatives/" + code
            + "/supplement")) {
      String user = path.startsWith("/public") ? null : "dn-x-thongnhat.lanhdao";
      for (HttpMethod method : List.of(HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE)) {
        send(method + " " + path.replace(id, "{id}").replace(code, "{code}"), method.name(), () -> {
          HttpHeaders headers = new HttpHeaders();
          headers.setContentType(MediaType.APPLICATION_JSON);
          if (user == null) {
            anonymous(headers);
          }
          return http(user).exchange(path, method, new HttpEntity<>("{}", headers), String.class);
        }, false);
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

  /** Every field of a model's start form, wrong as above and with a wrong value type, the others filled in well. */
  private void fuzzStartForm(String key) throws Exception {
    String form = formOf(key, null);
    fuzzedForms.add(form);
    fuzzForm("start form of " + key, UNIT + ".canbo", "/engine-rest/process-definition/key/" + key + "/submit-form", form,
        startAnswers().get(form));
  }

  /**
   * Each field of the form in turn sent wrong while every other field holds a good answer, so that the field's own
   * check answers, not a missing neighbour's. A wrong value is never accepted: a form accepting one is a failure.
   * Values that are not wrong for a field are left out: nothing in a field that may stay empty, yes/no as true or
   * false, a number in a free text.
   */
  private void fuzzForm(String endpoint, String user, String path, String form, Map<String, Object> good)
      throws Exception {
    List<JsonNode> components = new ArrayList<>();
    collectFields(JSON.readTree(getClass().getResourceAsStream("/forms/" + form + ".form")), components);
    for (JsonNode component : components) {
      String field = component.path("key").asText();
      for (JsonNode wrong : wrongValues()) {
        if (notWrongFor(component, wrong)) {
          continue;
        }
        ObjectNode body = submission(good);
        ((ObjectNode) body.path("variables")).putObject(field).set("value", wrong);
        refused(send(endpoint, field + " = " + abbreviated(wrong), () -> exchange(user, path,
            JSON.writeValueAsString(body), MediaType.APPLICATION_JSON), true), endpoint, field);
      }
      for (String type : List.of("Object", "Json", "Xml", "Bytes", "File", "Date", "Long", "Double")) {
        ObjectNode body = submission(good);
        ((ObjectNode) body.path("variables")).set(field, JSON.readTree("{\"value\":\"khong-doc-duoc\",\"type\":\""
            + type + "\",\"valueInfo\":{\"objectTypeName\":\"java.util.ArrayList\","
            + "\"serializationDataFormat\":\"application/x-java-serialized-object\"}}"));
        refused(send(endpoint, field + " as " + type, () -> exchange(user, path, JSON.writeValueAsString(body),
            MediaType.APPLICATION_JSON), true), endpoint, field + " as " + type);
      }
    }
    for (String body : wrongBodies()) {
      ResponseEntity<String> answer = send(endpoint, "body " + abbreviated(body), () -> exchange(user, path, body,
          MediaType.APPLICATION_JSON), true);
      if (!NO_ANSWER.contains(body)) {
        refused(answer, endpoint, "body " + abbreviated(body));
      }
    }
  }

  private void refused(ResponseEntity<String> answer, String endpoint, String what) {
    if (answer.getStatusCode().is2xxSuccessful()) {
      failures.add(endpoint + ": " + what + " accepted a wrong value");
    }
  }

  private static boolean notWrongFor(JsonNode component, JsonNode value) {
    String type = component.path("type").asText();
    boolean required = component.path("validate").path("required").asBoolean(false);
    if ((value.isNull() || value.isTextual() && value.asText().isEmpty()) && !required) {
      return true;
    }
    if (value.isBoolean() && (type.equals("checkbox") || type.equals("radio") && component.path("values")
        .findValuesAsText("value").stream().allMatch(v -> v.matches("yes|no|met|notMet")))) {
      return true;
    }
    boolean text = type.equals("textarea") || type.equals("textfield");
    boolean numberAsText = NUMBERS_AS_TEXT.contains(component.path("key").asText());
    // "-1" and "1,5" are text as good as any in a free text, a title or a decision number
    boolean list = component.path("key").asText().equals("reportReminderDays");
    return text && (!numberAsText || list) && value.isTextual() && value.asText().equals("1,5")
        || text && !numberAsText && value.isIntegralNumber();
  }

  /** The variables of a submission holding the given answers. */
  private static ObjectNode submission(Map<String, Object> answers) {
    ObjectNode body = JSON.createObjectNode();
    ObjectNode variables = body.putObject("variables");
    if (answers != null) {
      answers.forEach((name, value) -> variables.putObject(name).set("value", JSON.valueToTree(value)));
    }
    return body;
  }

  /** The fields a person fills in: every component with a key that is not read-only. */
  private static void collectFields(JsonNode node, List<JsonNode> fields) {
    for (JsonNode component : node.path("components")) {
      if (component.hasNonNull("key") && !component.path("readonly").asBoolean(false)) {
        fields.add(component);
      }
      collectFields(component, fields);
    }
  }

  /** Good answers to each start form, the commune's own: the fuzz sends them only with one field made wrong. */
  private static Map<String, Map<String, Object>> startAnswers() {
    return Map.of(
        "draftPlan", Map.of("title", "Kế hoạch thử biểu mẫu", "year", 2031, "issuingUnitCode", UNIT,
            "implementRecipients", UNIT + "-hnd"),
        "submitInitiative", Map.of("title", "Sáng kiến thử biểu mẫu", "summary", "Tóm tắt", "description",
            "Mô tả giải pháp", "contentArea", "POLITICAL_SYSTEM", "authorKind", "INDIVIDUAL", "authorNames",
            "Nguyễn Văn C", "authorUnitCode", UNIT),
        "proposeAward", Map.of("proposerUnitCode", UNIT, "nomineeKind", "COLLECTIVE", "nomineeUnitCode",
            UNIT + "-doan", "awardForm", "COMMENDATION", "year", BusinessTime.today().getYear(), "achievements",
            "Đoàn xã dẫn đầu phong trào."),
        "startAssessment", Map.of("unitCode", UNIT, "fromYear", 2024, "toYear", 2024, "awardForm", "COMMENDATION"));
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

  /**
   * The process instances the fuzz itself started, and all they called, walked to their end: every task's form sent
   * wrong field by field (once per form), then completed as its user would, with the next of that form's valid
   * answers, so that the next step opens; the walk goes on while a valid answer is left for an open task.
   */
  private void walkEveryTask() throws Exception {
    Map<String, Deque<Map<String, Object>>> answers = validAnswers();
    for (int round = 0; round < 40; round++) {
      boolean progressed = false;
      for (Task task : ownTasks()) {
        String key = repositoryService.getProcessDefinition(task.getProcessDefinitionId()).getKey();
        String form = formOf(key, task.getTaskDefinitionKey());
        String user = actor(task);
        if (form == null || user == null) {
          continue;
        }
        fuzzedForms.add(form);
        boolean firstOfItsForm = fuzzedTasks.add(key + "." + task.getTaskDefinitionKey());
        Map<String, Object> good = answers.containsKey(form) ? answers.get(form).peek() : null;
        if (firstOfItsForm) {
          // before its own user claims it: the sibling unit, the unit below and anyone, with the right answers
          List<String> others = outsidersOf(user);
          outsiders.onlyItsOwnUserWorksOn(task, user, others, JSON.writeValueAsString(submission(good).path("variables")));
          System.out.printf("%-60s refused to %s%n", "task form " + form + " (" + user + ")", others);
        }
        if (task.getAssignee() == null) {
          Http.as(rest, user).post("/engine-rest/task/" + task.getId() + "/claim", "{\"userId\":\"" + user + "\"}");
        }
        String path = "/engine-rest/task/" + task.getId() + "/submit-form";
        if (firstOfItsForm) {
          Object initiativeId = taskService.getVariable(task.getId(), "initiativeId");
          fuzzForm("task form " + form, user, path, form, good);
          if ("nameCouncil".equals(form)) {
            fuzzJson("POST /api/initiatives/{id}/council (in council)", user, "/api/initiatives/" + initiativeId
                + "/council", "{\"members\":" + JSON.writeValueAsString(COUNCIL) + ",\"chair\":\"" + COUNCIL.get(0)
                + "\",\"votingDays\":7}", Set.of("votingDays"));
          }
          if ("voteInitiative".equals(form)) {
            fuzzJson("POST /api/initiatives/{id}/votes (voting)", user, "/api/initiatives/" + initiativeId
                + "/votes", VOTE, Set.of("recuse", "recusalReason", "score", "noveltyComment", "suitabilityComment",
                    "collectivityComment", "effectivenessComment", "economyComment"));
          }
        }
        Deque<Map<String, Object>> left = answers.get(form);
        if (left == null || left.isEmpty() || taskService.createTaskQuery().taskId(task.getId()).count() == 0) {
          continue;
        }
        ObjectNode body = submission(left.pop());
        ResponseEntity<String> done = Http.as(rest, user).post(path, JSON.writeValueAsString(body));
        assertThat(done.getStatusCode().value()).as(form + " " + body + " as " + user + ": " + done.getBody())
            .isEqualTo(204);
        progressed = true;
      }
      EngineJobs.runDue(managementService);
      if (!progressed) {
        return;
      }
    }
  }

  /** For each form, the answers its user gives, in turn: a step sent back first wherever it can be. */
  private static Map<String, Deque<Map<String, Object>>> validAnswers() {
    String today = BusinessTime.today().toString();
    Map<String, Object> ballot = new LinkedHashMap<>();
    ballot.put("recuse", false);
    for (String criterion : List.of("novelty", "suitability", "collectivity", "effectiveness", "economy")) {
      ballot.put(criterion + "Met", "met");
      ballot.put(criterion + "Comment", "Đạt yêu cầu");
    }
    ballot.put("score", 85);
    Map<String, List<Map<String, Object>>> answers = Map.ofEntries(
        Map.entry("acknowledgePlan", List.of(Map.of("received", true))),
        Map.entry("buildUnitPlan", List.of(Map.of("title", "Kế hoạch thực hiện năm 2031 của xã Thống Nhất",
            "year", 2031, "implementRecipients", UNIT + "-hnd"))),
        Map.entry("approvePlan", List.of(Map.of("decision", "return", "returnReason", "Bổ sung nội dung tuyên truyền."),
            Map.of("decision", "approve"))),
        Map.entry("draftPlan", List.of(Map.of("title", "Kế hoạch thực hiện năm 2031 của xã Thống Nhất (sửa)",
            "year", 2031), Map.of("title", "Kế hoạch soạn từng bước của xã (gửi duyệt)", "year", 2031,
            "draftAction", "SEND"))),
        Map.entry("submitReport", List.of(Map.of("propagandaSessions", "12", "narrative", "Kết quả sáu tháng."),
            Map.of("propagandaSessions", "1.250", "narrative", "Đã bổ sung số buổi."))),
        Map.entry("reviewReport", List.of(Map.of("decision", "return", "reviewComment", "Bổ sung số buổi tuyên truyền.",
            "newDueDays", 3), Map.of("decision", "accept"))),
        Map.entry("preCheckInitiative", List.of(Map.of("outcome", "SUPPLEMENT", "note", "Bổ sung hiệu quả đã đạt.",
            "supplementDays", 5), Map.of("outcome", "COUNCIL"))),
        Map.entry("supplementInitiative", List.of(Map.of("title", "Sáng kiến thử dữ liệu sai (bổ sung)",
            "summary", "Tóm tắt đã bổ sung", "description", "Mô tả giải pháp đã bổ sung"))),
        Map.entry("nameCouncil", List.of(Map.of("councilMembers", String.join("\n", COUNCIL),
            "councilChair", COUNCIL.get(0), "votingDays", 7))),
        Map.entry("voteInitiative", List.of(ballot, ballot, ballot)),
        Map.entry("proposeToStCouncil", List.of(Map.of("propose", "yes"))),
        Map.entry("recordStOpinion", List.of(Map.of("promising", "yes", "stNote", "Có triển vọng nhân rộng."))),
        Map.entry("checkProposal", List.of(Map.of("checkDecision", "return", "checkComment", "Bổ sung thành tích."),
            Map.of("checkDecision", "complete"))),
        Map.entry("reviseProposal", List.of(Map.of("reviseDecision", "resubmit", "achievements",
            "Thành tích đã bổ sung."))),
        Map.entry("decideProposal", List.of(Map.of("decision", "approve", "decisionNumber", "12/QĐ-MTTQ",
            "decisionDate", today))),
        Map.entry("editCandidates", List.of(Map.of("note", "Danh sách đã rà soát."))),
        Map.entry("approveAssessment", List.of(Map.of("decision", "approve", "decisionNumber", "15/QĐ-MTTQ",
            "decisionDate", today))));
    Map<String, Deque<Map<String, Object>>> queues = new HashMap<>();
    answers.forEach((form, list) -> queues.put(form, new ArrayDeque<>(list)));
    return queues;
  }

  /** A proposal to commend one of the commune's member organisations, and the commune's assessment of last year
   * (the start form's fuzz may have opened this year's). */
  private void startAwardAndAssessment() throws Exception {
    ResponseEntity<String> award = Http.as(rest, UNIT + ".canbo").post("/api/awards", """
        {"proposerUnitCode":"%s","nomineeKind":"COLLECTIVE","nomineeUnitCode":"%s-hnd","awardForm":"COMMENDATION",
         "year":%d,"achievements":"Hội Nông dân xã dẫn đầu phong trào."}""".formatted(UNIT, UNIT,
        BusinessTime.today().getYear()));
    assertThat(award.getStatusCode().value()).as(award.getBody()).isEqualTo(201);
    ResponseEntity<String> assessment = Http.as(rest, UNIT + ".canbo").post("/api/assessments", """
        {"unitCode":"%s","fromYear":%d,"toYear":%d,"awardForm":"COMMENDATION"}""".formatted(UNIT,
        BusinessTime.today().getYear() - 1, BusinessTime.today().getYear() - 1));
    assertThat(assessment.getStatusCode().value()).as(assessment.getBody()).isEqualTo(201);
  }

  /** Every form a model names, at a start event or a user task. */
  private Set<String> allForms() {
    Set<String> forms = new TreeSet<>();
    for (var definition : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
      var model = repositoryService.getBpmnModelInstance(definition.getId());
      for (var element : model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.FlowNode.class)) {
        String form = element.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
        if (form != null) {
          forms.add(form);
        }
      }
    }
    return forms;
  }

  /** Every user task of every model, as model.task. */
  private Set<String> allUserTasks() {
    Set<String> tasks = new TreeSet<>();
    for (var definition : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
      repositoryService.getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class)
          .forEach(task -> tasks.add(definition.getKey() + "." + task.getId()));
    }
    return tasks;
  }

  private Set<String> rootInstances() {
    Set<String> ids = new HashSet<>();
    historyService.createHistoricProcessInstanceQuery().rootProcessInstances().list()
        .forEach(instance -> ids.add(instance.getId()));
    return ids;
  }

  /** The open tasks of the instances started since the fuzz began, and of all they called. */
  private List<Task> ownTasks() {
    List<Task> tasks = new ArrayList<>();
    for (Task task : taskService.createTaskQuery().active().orderByTaskCreateTime().asc().list()) {
      var instance = historyService.createHistoricProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
          .singleResult();
      if (!baseline.contains(instance.getRootProcessInstanceId())) {
        tasks.add(task);
      }
    }
    return tasks;
  }

  /**
   * Who must not reach a task of {@code user}'s: the same role in a sibling unit (another commune of the province, or
   * another member organisation of the commune) and in a unit below, where there is one, and an anonymous caller.
   */
  private List<String> outsidersOf(String user) {
    String unit = user.substring(0, user.lastIndexOf('.'));
    String role = user.substring(user.lastIndexOf('.'));
    List<String> outsiders = new ArrayList<>();
    jdbc.queryForList("""
        select s.code from unit s join unit u on s.parent_id = u.parent_id and s.type_code = u.type_code
        where u.code = ? and s.code <> u.code and s.valid_to is null order by s.code limit 1""", String.class, unit)
        .forEach(code -> outsiders.add(code + role));
    jdbc.queryForList("""
        select c.code from unit c join unit u on c.parent_id = u.id join unit_type t on t.code = c.type_code
        where u.code = ? and c.valid_to is null and t.has_accounts order by c.code limit 1""", String.class, unit).forEach(code -> outsiders.add(code + role));
    outsiders.add(null);
    return outsiders;
  }

  /** The task's assignee, or the demo user of the group it is offered to ({@code <unit>.staff} → {@code <unit>.canbo}). */
  private String actor(Task task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
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
    samples.putIfAbsent(endpoint + " " + status, what + " → " + abbreviated(answer.getBody(), 400));
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
   * An anonymous caller, one of many: each request comes from the next address of a documentation range, as the
   * trusted proxy of the tests forwards it. The public limits count per address; the fuzz is many careless
   * clients, not one client hammering, and the other tests' callers keep their own allowance.
   */
  private void anonymous(HttpHeaders headers) {
    headers.add("X-Forwarded-For", "192.0.2." + (1 + anonymousCallers++ % 254));
  }

  private static String abbreviated(Object value) {
    return abbreviated(value, 120);
  }

  private static String abbreviated(Object value, int max) {
    String text = String.valueOf(value).replace("\u0000", "\\0");
    return text.length() > max ? text.substring(0, max) + "…(" + text.length() + ")" : text;
  }
}
