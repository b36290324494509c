package vn.mttq.sangtao.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.support.EngineJobs;
import vn.mttq.sangtao.support.SpringTest;

/**
 * Runs each scenario in {@code api/scenarios/*.http} (the format of VS Code's REST Client and IntelliJ's HTTP client)
 * against the application, as a person would run it against a started one: requests in order, a value of an earlier
 * answer taken with {@code {{name.response.body.$.path}}}, and the {@code # @expect} lines checked. The job executor
 * is off in tests, so after each request the due jobs run here, as the executor would run them. It runs in a JVM of
 * its own (the surefire execution {@code scenarios}), on a fresh demo database, as a person would try it.
 */
@SpringTest
class ApiScenariosTest {

  static final Path SCENARIOS = Path.of("api", "scenarios");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([^}]+)}}");
  private static final Pattern REQUEST_LINE = Pattern.compile("^(GET|POST|PUT|PATCH|DELETE) (\\S+)$");
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;

  @Autowired
  ManagementService managementService;

  private final HttpClient http = HttpClient.newHttpClient();

  static Stream<Path> scenarios() throws IOException {
    try (Stream<Path> files = Files.list(SCENARIOS)) {
      List<Path> found = files.filter(p -> p.toString().endsWith(".http")).sorted().toList();
      assertThat(found).as("scenarios in " + SCENARIOS).hasSizeGreaterThanOrEqualTo(3);
      return found.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void theScenarioRunsAsWritten(Path file) throws Exception {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    String[] blocks = text.split("(?m)^###");
    Map<String, String> variables = fileVariables(blocks[0]);
    variables.put("host", "http://localhost:" + port);
    Map<String, JsonNode> answers = new HashMap<>();
    int checked = 0;
    for (int i = 1; i < blocks.length; i++) {
      Step step = Step.parse(blocks[i]);
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(fill(step.url, variables, answers)));
      step.headers.forEach((name, value) -> request.header(name, name.equalsIgnoreCase("Authorization")
          ? basic(fill(value, variables, answers)) : fill(value, variables, answers)));
      String body = fill(step.body, variables, answers);
      request.method(step.method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
          : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(
          StandardCharsets.UTF_8));
      EngineJobs.runDue(managementService);
      JsonNode json = response.body().isBlank() ? JSON.nullNode() : readJson(response.body());
      if (step.name != null) {
        answers.put(step.name, json);
      }
      String where = file.getFileName() + " «" + step.title + "»: " + response.statusCode() + " " + response.body();
      for (String expectation : step.expectations) {
        check(fill(expectation, variables, answers), response.statusCode(), json, where);
        checked++;
      }
    }
    assertThat(checked).as(file + ": expectations checked").isGreaterThanOrEqualTo(blocks.length - 1);
  }

  private static void check(String expectation, int status, JsonNode json, String where) {
    if (expectation.matches("\\d{3}")) {
      assertThat(status).as(where).isEqualTo(Integer.parseInt(expectation));
      return;
    }
    String[] parts = expectation.split(" ", 3);
    JsonNode value = at(json, parts[0]);
    switch (parts[1]) {
      case "exists" -> assertThat(value.isMissingNode() || value.isNull()).as(where + " — " + expectation).isFalse();
      case "absent" -> assertThat(value.isMissingNode() || value.isNull()).as(where + " — " + expectation).isTrue();
      case "==" -> assertThat(value.asText()).as(where + " — " + parts[0]).isEqualTo(parts[2]);
      case "contains" -> assertThat(value.asText()).as(where + " — " + parts[0]).contains(parts[2]);
      default -> throw new IllegalArgumentException("unknown expectation «" + expectation + "» in " + where);
    }
  }

  /** {@code $.plan.id}, {@code $[0].id}: the JSONPath the REST Client understands, as far as our scenarios use it. */
  static JsonNode at(JsonNode json, String path) {
    JsonNode node = json;
    Matcher part = Pattern.compile("\\.([A-Za-z0-9_]+)|\\[(\\d+)]").matcher(path.substring(1));
    while (part.find()) {
      node = part.group(1) != null ? node.path(part.group(1)) : node.path(Integer.parseInt(part.group(2)));
    }
    return node;
  }

  private static String fill(String text, Map<String, String> variables, Map<String, JsonNode> answers) {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder filled = new StringBuilder();
    while (m.find()) {
      String name = m.group(1).strip();
      String value;
      if (name.startsWith("$datetime")) {
        value = datetime(name);
      } else if (variables.containsKey(name)) {
        value = variables.get(name);
      } else {
        String[] ref = name.split("\\.response\\.body\\.", 2);
        assertThat(ref).as("placeholder {{" + name + "}}").hasSize(2);
        assertThat(answers).as("an earlier step named " + ref[0]).containsKey(ref[0]);
        JsonNode node = at(answers.get(ref[0]), ref[1]);
        assertThat(node.isMissingNode()).as("{{" + name + "}} in " + answers.get(ref[0])).isFalse();
        value = node.asText();
      }
      m.appendReplacement(filled, Matcher.quoteReplacement(value));
    }
    m.appendTail(filled);
    return filled.toString();
  }

  /**
   * The REST Client's {@code $datetime "YYYY-MM-DD" 5 d}: today (business time, the engine clock) in that format,
   * moved by the days or years given.
   */
  static String datetime(String placeholder) {
    Matcher m = Pattern.compile("\\$datetime\\s+\"([^\"]+)\"(?:\\s+(-?\\d+)\\s+([dy]))?").matcher(placeholder);
    assertThat(m.matches()).as("{{" + placeholder + "}}: only $datetime \"FORMAT\" [N d|y] is understood").isTrue();
    LocalDate day = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), BusinessTime.ZONE);
    if (m.group(2) != null) {
      int n = Integer.parseInt(m.group(2));
      day = m.group(3).equals("d") ? day.plusDays(n) : day.plusYears(n);
    }
    return day.format(DateTimeFormatter.ofPattern(m.group(1).replace("YYYY", "yyyy").replace("DD", "dd")));
  }

  private static Map<String, String> fileVariables(String head) {
    Map<String, String> variables = new HashMap<>();
    for (String line : head.split("\n")) {
      Matcher m = Pattern.compile("^@(\\w+)\\s*=\\s*(.*)$").matcher(line.strip());
      if (m.matches()) {
        variables.put(m.group(1), m.group(2).strip());
      }
    }
    return variables;
  }

  /** "Basic user:password" as the REST Client writes it, encoded as HTTP wants it. */
  private static String basic(String value) {
    String[] parts = value.split(" ", 2);
    if (parts.length == 2 && parts[0].equalsIgnoreCase("Basic") && parts[1].contains(":")) {
      return "Basic " + Base64.getEncoder().encodeToString(parts[1].getBytes(StandardCharsets.UTF_8));
    }
    return value;
  }

  private static JsonNode readJson(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      return JSON.getNodeFactory().textNode(body);
    }
  }

  /** One request of a scenario: its title, name, expectations, request line, headers and body. */
  record Step(String title, String name, List<String> expectations, String method, String url,
      Map<String, String> headers, String body) {

    static Step parse(String block) {
      String[] lines = block.split("\n", -1);
      String title = lines[0].strip();
      String name = null;
      List<String> expectations = new ArrayList<>();
      String method = null;
      String url = null;
      Map<String, String> headers = new java.util.LinkedHashMap<>();
      StringBuilder body = new StringBuilder();
      int i = 1;
      for (; i < lines.length && method == null; i++) {
        String line = lines[i].strip();
        if (line.startsWith("# @name ")) {
          name = line.substring("# @name ".length()).strip();
        } else if (line.startsWith("# @expect ")) {
          expectations.add(line.substring("# @expect ".length()).strip());
        } else {
          Matcher request = REQUEST_LINE.matcher(line);
          if (request.matches()) {
            method = request.group(1);
            url = request.group(2);
          }
        }
      }
      assertThat(method).as("a request line in «" + title + "»").isNotNull();
      for (; i < lines.length && !lines[i].isBlank(); i++) {
        String[] header = lines[i].split(":", 2);
        headers.put(header[0].strip(), header[1].strip());
      }
      for (; i < lines.length; i++) {
        body.append(lines[i]).append('\n');
      }
      return new Step(title, name, expectations, method, url, headers, body.toString().strip());
    }
  }
}
