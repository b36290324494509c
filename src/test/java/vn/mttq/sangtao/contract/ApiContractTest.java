package vn.mttq.sangtao.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.mttq.sangtao.support.SpringTest;

/**
 * The API contract checked in as {@code api/openapi.json} is the one the application serves: a change of an endpoint,
 * a request or an answer shows up in review as a change of that file. Run with {@code -Dapi.contract.update=true} to
 * write the served description into the file.
 */
@SpringTest
class ApiContractTest {

  static final Path CONTRACT = Path.of("api", "openapi.json");

  /** Which request stands for which form (the same field names). */
  static final Map<String, String> FORM_REQUESTS = Map.of("draftPlan", "PlanRequest", "buildUnitPlan", "PlanRequest",
      "submitInitiative", "InitiativeSubmission", "supplementInitiative", "Supplement", "proposeAward",
      "AwardRequest", "reviseProposal", "AwardRequest", "submitReport", "ReportForm", "voteInitiative", "Vote",
      "startAssessment", "AssessmentOpening");

  /** Where each request is stored: its table(s), and a field whose column has another name. */
  static final Map<String, List<String>> REQUEST_TABLES = Map.of("PlanRequest", List.of("plan"),
      "InitiativeSubmission", List.of("initiative"), "Supplement", List.of("initiative"), "AwardRequest",
      List.of("award_proposal"), "InspectionRequest", List.of("inspection"), "ReportForm", List.of("report"),
      "Vote", List.of("council_vote", "council_member"), "ApplicationRequest", List.of("initiative_application"),
      "Revocation", List.of("award_decision:reason=revoke_reason"));

  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  TestRestTemplate rest;

  @Autowired
  DataSource dataSource;

  @Test
  void theCheckedInContractIsTheServedOne() throws IOException {
    ResponseEntity<String> served = rest.withBasicAuth("admin", "admin").getForEntity("/api/openapi.json",
        String.class);
    assertThat(served.getStatusCode()).isEqualTo(HttpStatus.OK);
    String description = served.getBody().replaceAll("\"url\" : \"http://localhost:\\d+\"", "\"url\" : \"/\"")
        .strip() + "\n";
    Files.writeString(Path.of("target", "openapi.json"), description, StandardCharsets.UTF_8);
    if (Boolean.getBoolean("api.contract.update")) {
      Files.writeString(CONTRACT, description, StandardCharsets.UTF_8);
    }
    assertThat(CONTRACT).as("api/openapi.json differs from the served description (target/openapi.json); if the"
        + " change is meant, run ./mvnw test -Dtest=ApiContractTest -Dapi.contract.update=true").exists();
    assertThat(Files.readString(CONTRACT, StandardCharsets.UTF_8))
        .as("api/openapi.json differs from the served description (target/openapi.json); if the change is meant,"
            + " run ./mvnw test -Dtest=ApiContractTest -Dapi.contract.update=true")
        .isEqualTo(description);
  }

  /**
   * One limit per field: a text's maximum length in the contract is the one its form declares and the size of the
   * column it is stored in, so that what a form lets through the API takes and the table keeps whole.
   */
  @Test
  void everyTextLimitIsTheSameInTheFormTheContractAndTheTable() throws IOException, SQLException {
    JsonNode schemas = JSON.readTree(CONTRACT.toFile()).path("components").path("schemas");
    List<String> checked = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> form : FORM_REQUESTS.entrySet()) {
      JsonNode request = schemas.path(form.getValue()).path("properties");
      assertThat(request.isObject()).as(form.getValue()).isTrue();
      formLimits(Path.of("forms", form.getKey() + ".form")).forEach((key, max) -> {
        JsonNode property = request.path(key);
        if (!isFreeText(property)) {
          return;
        }
        checked.add(form.getKey() + "." + key);
        if (property.path("maxLength").asInt(-1) != max) {
          problems.add(form.getKey() + "." + key + ": form " + max + ", " + form.getValue() + " "
              + property.path("maxLength"));
        }
      });
    }
    try (Connection connection = dataSource.getConnection()) {
      for (Map.Entry<String, List<String>> request : REQUEST_TABLES.entrySet()) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        Map<String, String> renamed = new LinkedHashMap<>();
        for (String table : request.getValue()) {
          String[] parts = table.split(":");
          if (parts.length > 1) {
            String[] rename = parts[1].split("=");
            renamed.put(rename[0], rename[1]);
          }
          columns.putAll(textColumns(connection, parts[0]));
        }
        JsonNode properties = schemas.path(request.getKey()).path("properties");
        assertThat(properties.isObject()).as(request.getKey()).isTrue();
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> property = it.next();
          String column = renamed.getOrDefault(property.getKey(), snake(property.getKey()));
          Integer size = columns.get(column);
          if (size == null || !isFreeText(property.getValue())) {
            continue;
          }
          checked.add(request.getKey() + "." + property.getKey());
          if (property.getValue().path("maxLength").asInt(-1) != size) {
            problems.add(request.getKey() + "." + property.getKey() + ": column " + column + " " + size
                + ", contract " + property.getValue().path("maxLength"));
          }
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(checked).hasSizeGreaterThan(60);
  }

  /**
   * A text whose length is its limit: not a number, a list, a choice ({@code enum}) or a text of a given shape
   * ({@code pattern}: a number written as text, a telephone number), whose own rules bound it.
   */
  private static boolean isFreeText(JsonNode property) {
    return "string".equals(property.path("type").asText()) && !property.has("enum") && !property.has("pattern")
        && !property.has("format");
  }

  private static Map<String, Integer> formLimits(Path form) throws IOException {
    Map<String, Integer> limits = new LinkedHashMap<>();
    collectLimits(JSON.readTree(form.toFile()).path("components"), limits);
    assertThat(limits).as(form.toString()).isNotEmpty();
    return limits;
  }

  private static void collectLimits(JsonNode components, Map<String, Integer> limits) {
    for (JsonNode component : components) {
      if (component.hasNonNull("key") && component.path("validate").has("maxLength")) {
        limits.put(component.get("key").asText(), component.path("validate").path("maxLength").asInt());
      }
      collectLimits(component.path("components"), limits);
    }
  }

  private static Map<String, Integer> textColumns(Connection connection, String table) throws SQLException {
    Map<String, Integer> columns = new LinkedHashMap<>();
    try (ResultSet rs = connection.getMetaData().getColumns(null, null, table.toUpperCase(java.util.Locale.ROOT),
        null)) {
      while (rs.next()) {
        if (rs.getString("TYPE_NAME").toUpperCase(java.util.Locale.ROOT).contains("CHAR")) {
          columns.put(rs.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT), rs.getInt("COLUMN_SIZE"));
        }
      }
    }
    assertThat(columns).as("text columns of " + table).isNotEmpty();
    return columns;
  }

  private static String snake(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
  }
}
