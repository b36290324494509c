package vn.mttq.sangtao.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.mttq.sangtao.support.PostgresIT;

/**
 * The web surface as an outside tester tries it over HTTP: a page of another site posting forms with the
 * administrator's cached Basic credentials, the browser-side headers on every family of paths, HTTPS behind the
 * trusted proxy, wrong passwords, objects smuggled into form fields, and the public limits counting the client that
 * the proxy forwards.
 */
@PostgresIT
class WebSurfaceIT {

  static final String EVIL = "https://evil.example";
  static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  TaskService taskService;
  @Autowired
  IdentityService identityService;

  final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> send(HttpRequest request) throws Exception {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** What a browser sends when a page of another site submits a form here. */
  private HttpRequest.Builder crossSite(String path, String contentType, String body) {
    return request(path).header("Authorization", basic("admin", "admin")).header("Origin", EVIL)
        .header("Sec-Fetch-Site", "cross-site").header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  private Map<String, Object> rows() {
    return jdbc.queryForMap("""
        select (select count(*) from act_re_deployment) deployments,
               (select count(*) from unit) units,
               (select string_agg(coalesce(assignee_, '-'), ',' order by id_) from act_ru_task) assignees""");
  }

  @Test
  void formsPostedByAnotherSiteChangeNothingWhateverCredentialsTheBrowserHolds() throws Exception {
    Task task = taskService.createTaskQuery().taskCandidateGroup("dn.staff").listPage(0, 1).stream().findFirst()
        .orElse(null);
    Map<String, Object> before = rows();
    String boundary = "----evil";
    String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nevil\r\n"
        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"evil.bpmn\"; filename=\"evil.bpmn\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n<definitions/>\r\n--" + boundary + "--\r\n";

    List<HttpResponse<String>> answers = List.of(
        send(crossSite("/engine-rest/deployment/create", "multipart/form-data; boundary=" + boundary, multipart)
            .build()),
        send(crossSite("/api/units/import", "text/plain", "code,name,type,parentCode,validFrom,validTo\n"
            + "evil,Đơn vị giả,COMMUNE,dn,01/07/2025,\n").build()),
        send(crossSite("/engine-rest/task/" + (task == null ? "x" : task.getId()) + "/claim",
            "application/x-www-form-urlencoded", "userId=admin").build()),
        // a browser without Sec-Fetch-Site still names the page's origin
        send(request("/api/units/import").header("Authorization", basic("admin", "admin")).header("Origin", EVIL)
            .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(
                "code,name,type,parentCode,validFrom,validTo\nevil,Đơn vị giả,COMMUNE,dn,01/07/2025,\n")).build()));

    for (HttpResponse<String> answer : answers) {
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(403);
      assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
          type -> assertThat(type).startsWith("application/problem+json"));
      assertThat(JSON.readTree(answer.body()).path("detail").asText()).contains("trang web khác");
    }
    assertThat(rows()).isEqualTo(before);

    // the same write from this site's own page, and from a program that is no browser, go through
    // text/plain, which any page can send without asking the browser first, is not a documented way to import
    HttpResponse<String> plainText = send(request("/api/units/import").header("Authorization", basic("admin", "admin"))
        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(
            "code,name,type,parentCode,validFrom,validTo\nevil,Đơn vị giả,COMMUNE,dn,01/07/2025,\n")).build());
    assertThat(plainText.statusCode()).as(plainText.body()).isEqualTo(415);
    assertThat(rows()).isEqualTo(before);

    HttpResponse<String> ownPage = send(request("/engine-rest/deployment/create")
        .header("Authorization", basic("admin", "admin")).header("Origin", "http://localhost:" + port)
        .header("Sec-Fetch-Site", "same-origin").header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(multipart.replace("<definitions/>", ""))).build());
    assertThat(ownPage.statusCode()).as(ownPage.body()).isNotEqualTo(403);
  }

  @Test
  void everyFamilyOfPathsCarriesTheBrowserRulesAndHttpsBehindTheProxyAddsHstsAndSecureCookies() throws Exception {
    for (String path : List.of("/api/units", "/engine-rest/version", "/public/api/units", "/sang-kien/",
        "/camunda/app/tasklist/", "/no-such-page")) {
      HttpResponse<String> answer = send(request(path).header("Authorization", basic("dn.canbo", "demo")).build());
      assertThat(answer.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
      assertThat(answer.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
      assertThat(answer.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
      assertThat(answer.headers().firstValue("Content-Security-Policy")).as(path)
          .hasValueSatisfying(policy -> assertThat(policy).contains("frame-ancestors 'none'"));
      assertThat(answer.headers().firstValue("Strict-Transport-Security")).as(path + " over plain HTTP").isEmpty();
    }

    // signing in to Tasklist through the HTTPS proxy: HSTS, and both cookies (XSRF, session) marked Secure
    HttpResponse<String> page = send(request("/camunda/app/tasklist/default/").header("X-Forwarded-Proto", "https")
        .header("X-Forwarded-For", "203.0.113.9").build());
    assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
        hsts -> assertThat(hsts).startsWith("max-age="));
    List<String> pageCookies = page.headers().allValues("Set-Cookie");
    String xsrf = pageCookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow()
        .split(";")[0].substring("XSRF-TOKEN=".length());
    String session = pageCookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow()
        .split(";")[0];
    HttpResponse<String> signIn = send(request("/camunda/api/admin/auth/user/default/login/tasklist")
        .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.9")
        .header("Cookie", session + "; XSRF-TOKEN=" + xsrf).header("X-XSRF-TOKEN", xsrf)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("username=dn.canbo&password=demo")).build());
    assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(200);
    assertThat(signIn.headers().firstValue("Strict-Transport-Security")).isPresent();
    List<String> cookies = new java.util.ArrayList<>(pageCookies);
    cookies.addAll(signIn.headers().allValues("Set-Cookie"));
    assertThat(cookies).hasSizeGreaterThanOrEqualTo(2)
        .allSatisfy(cookie -> assertThat(cookie.toLowerCase()).contains("; secure"));
  }

  @Test
  void wrongPasswordsLockAnAccountForAWhileNeverForGood() throws Exception {
    String user = "thu.khoa-tam-thoi";
    if (identityService.createUserQuery().userId(user).count() == 0) {
      User created = identityService.newUser(user);
      created.setFirstName("Thử");
      created.setLastName("Khóa");
      created.setPassword("mat-khau-dung-123");
      identityService.saveUser(created);
    }
    Date now = new Date();
    for (int attempt = 1; attempt <= 11; attempt++) {
      ClockUtil.setCurrentTime(now);
      assertThat(profile(user, "sai-" + attempt)).as("wrong password " + attempt).isEqualTo(401);
      now = new Date(now.getTime() + 61_000);
    }
    // while a lock lasts, even the right password is refused: guessing stays slow
    ClockUtil.setCurrentTime(new Date(now.getTime() - 61_000 + 1_000));
    assertThat(profile(user, "mat-khau-dung-123")).isEqualTo(401);
    // once it has expired, the right password works again without an administrator
    ClockUtil.setCurrentTime(now);
    assertThat(profile(user, "mat-khau-dung-123")).isEqualTo(200);
  }

  private int profile(String user, String password) throws Exception {
    return send(request("/engine-rest/user/" + user + "/profile").header("Authorization", basic(user, password))
        .build()).statusCode();
  }

  @Test
  void aFormFieldCarryingAnObjectIsRefusedAndTheTaskStaysOpen() throws Exception {
    HttpResponse<String> drafted = send(request("/api/plans").header("Authorization", basic("dn.canbo", "demo"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("""
            {"issuingUnitCode":"dn","title":"Kế hoạch thử trường đối tượng","year":2029,
             "basis":"Căn cứ","purposes":"Mục đích"}""")).build());
    assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
    String instance = JSON.readTree(drafted.body()).path("processInstanceId").asText();
    Task approval = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    long variablesBefore = jdbc.queryForObject("select count(*) from act_ru_variable", Long.class);

    HttpResponse<String> answer = send(request("/engine-rest/task/" + approval.getId() + "/complete")
        .header("Authorization", basic("dn.lanhdao", "demo")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("""
            {"variables":{"decision":{"type":"Object","value":"\\"https://evil.example/\\"",
             "valueInfo":{"objectTypeName":"java.net.URL","serializationDataFormat":"application/json"}}}}"""))
        .build());

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    assertThat(JSON.readTree(answer.body()).path("message").asText()).contains("«decision»", "không nhận đối tượng");
    assertThat(taskService.createTaskQuery().taskId(approval.getId()).count()).isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from act_ru_variable", Long.class)).isEqualTo(variablesBefore);

    // nor may the administrator store such an object as a variable of the instance
    HttpResponse<String> put = send(request("/engine-rest/process-instance/" + instance + "/variables/diaChi")
        .header("Authorization", basic("admin", "admin")).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString("{\"type\":\"Object\",\"value\":\"\\\"https://evil.example/\\\"\","
            + "\"valueInfo\":{\"objectTypeName\":\"java.net.URL\",\"serializationDataFormat\":\"application/json\"}}"))
        .build());
    assertThat(put.statusCode()).as(put.body()).isEqualTo(400);
    assertThat(JSON.readTree(put.body()).path("message").asText()).contains("java.net.URL", "không nhận");
    assertThat(jdbc.queryForObject("select count(*) from act_ru_variable", Long.class)).isEqualTo(variablesBefore);
  }

  @Test
  void theEnginesListsArePagedAndWhatUsedToAnswer500AnswersInVietnamese() throws Exception {
    for (String path : List.of("/engine-rest/task?maxResults=100000", "/engine-rest/history/process-instance?"
        + "maxResults=5000", "/engine-rest/task?firstResult=-1&maxResults=10", "/engine-rest/task?maxResults=-5",
        "/engine-rest/task?maxResults=nhieu")) {
      HttpResponse<String> answer = send(request(path).header("Authorization", basic("admin", "admin")).build());
      assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(400);
      assertThat(JSON.readTree(answer.body()).path("detail").asText()).as(path).containsAnyOf("tối đa 2.000",
          "không được âm", "số nguyên không âm");
    }
    HttpResponse<String> page = send(request("/engine-rest/task?maxResults=2000")
        .header("Authorization", basic("admin", "admin")).build());
    assertThat(page.statusCode()).isEqualTo(200);

    // a task of a running process is not deleted on its own: 400 with the reason, and the task stays
    Task task = taskService.createTaskQuery().processDefinitionKey("planIssuance").listPage(0, 1).get(0);
    HttpResponse<String> deleted = send(request("/engine-rest/task/" + task.getId())
        .header("Authorization", basic("admin", "admin")).DELETE().build());
    assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(400);
    assertThat(JSON.readTree(deleted.body()).path("message").asText()).contains("thuộc một quy trình đang chạy");
    assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
  }

  @Test
  void thePublicLimitsCountTheClientThatTheTrustedProxyForwards() throws Exception {
    int lookups = 0;
    HttpResponse<String> answer;
    do {
      answer = send(request("/public/api/initiatives/KHONG-CO").header("X-Forwarded-For", "198.51.100.7").build());
      lookups++;
    } while (answer.statusCode() != 429 && lookups < 1_000);
    assertThat(answer.statusCode()).as("after " + lookups + " look-ups").isEqualTo(429);
    assertThat(lookups).isEqualTo(301);

    // another citizen behind the same proxy is not held back by the first one's look-ups
    HttpResponse<String> other = send(request("/public/api/initiatives/KHONG-CO")
        .header("X-Forwarded-For", "198.51.100.8").build());
    assertThat(other.statusCode()).isEqualTo(404);
  }
}
