package vn.mttq.sangtao.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The field keys of every form in {@code forms/} are the ones the Java code reads: each form's fields that a person
 * fills are exactly the list its listener or delegate declares, and each read-only field (what the task shows) is
 * one a listener sets. Renaming a field in the form or in Java fails here instead of silently losing the answer.
 */
class FormKeysTest {

  /** Each form and the declarations (class#field, a list of keys or one key) of the fields a person fills. */
  static final Map<String, List<String>> DECLARATIONS = Map.ofEntries(
      Map.entry("draftPlan", List.of("plan.PlanDraftForm#FIELDS", "plan.PlanIssuanceProcess#VAR_ISSUING_UNIT",
          "plan.WriteDraftListener#ACTION")),
      Map.entry("buildUnitPlan", List.of("plan.PlanDraftForm#FIELDS")),
      Map.entry("approvePlan", List.of("plan.ApprovePlanListener#FIELDS")),
      Map.entry("acknowledgePlan", List.of("plan.AcknowledgeReceiptListener#FIELDS")),
      Map.entry("submitReport", List.of("report.ReportProcessBeans#SUBMIT_FIELDS")),
      Map.entry("reviewReport", List.of("report.ReportProcessBeans#REVIEW_FIELDS")),
      Map.entry("submitInitiative", List.of("initiative.InitiativeForms#SUBMISSION")),
      Map.entry("preCheckInitiative", List.of("initiative.InitiativeForms#PRE_CHECK")),
      Map.entry("supplementInitiative", List.of("initiative.InitiativeForms#SUPPLEMENT")),
      Map.entry("nameCouncil", List.of("initiative.InitiativeForms#NAME_COUNCIL")),
      Map.entry("voteInitiative", List.of("initiative.InitiativeForms#VOTE")),
      Map.entry("proposeToStCouncil", List.of("initiative.InitiativeForms#PROPOSE")),
      Map.entry("recordStOpinion", List.of("initiative.InitiativeForms#ST_OPINION")),
      Map.entry("proposeAward", List.of("award.AwardProcessBeans#PROPOSE_FIELDS")),
      Map.entry("checkProposal", List.of("award.AwardProcessBeans#CHECK_FIELDS")),
      Map.entry("decideProposal", List.of("award.AwardProcessBeans#DECIDE_FIELDS")),
      Map.entry("reviseProposal", List.of("award.AwardProcessBeans#REVISE_FIELDS")),
      Map.entry("startAssessment", List.of("award.AssessmentProcessBeans#START_FIELDS")),
      Map.entry("editCandidates", List.of("award.AssessmentProcessBeans#EDIT_FIELDS")),
      Map.entry("approveAssessment", List.of("award.AssessmentProcessBeans#APPROVE_FIELDS")));

  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyFormsFieldsAreTheOnesItsJavaDeclares() throws Exception {
    List<Path> forms;
    try (Stream<Path> files = Files.list(Path.of("forms"))) {
      forms = files.filter(p -> p.toString().endsWith(".form")).sorted().toList();
    }
    String sources = mainSources();
    List<String> problems = new ArrayList<>();
    for (Path form : forms) {
      String id = form.getFileName().toString().replace(".form", "");
      List<String> declarations = DECLARATIONS.get(id);
      if (declarations == null) {
        problems.add(id + ": no declaration of its fields in FormKeysTest.DECLARATIONS");
        continue;
      }
      Set<String> filled = new LinkedHashSet<>();
      Set<String> shown = new LinkedHashSet<>();
      collect(JSON.readTree(form.toFile()).path("components"), filled, shown);
      Set<String> declared = new LinkedHashSet<>();
      for (String declaration : declarations) {
        declared.addAll(read(declaration));
      }
      if (!filled.equals(declared)) {
        problems.add(id + ": the form has " + filled + ", the Java declares " + declared);
      }
      shown.stream().filter(key -> !sources.contains("\"" + key + "\""))
          .forEach(key -> problems.add(id + ": the read-only field «" + key + "» is set by no listener"));
    }
    assertThat(problems).isEmpty();
    assertThat(forms).hasSize(DECLARATIONS.size());
  }

  private static void collect(JsonNode components, Set<String> filled, Set<String> shown) {
    for (JsonNode component : components) {
      if (component.hasNonNull("key") && !"text".equals(component.path("type").asText())) {
        boolean readOnly = component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false);
        (readOnly ? shown : filled).add(component.get("key").asText());
      }
      collect(component.path("components"), filled, shown);
    }
  }

  private static List<String> read(String declaration) throws ReflectiveOperationException {
    String[] parts = declaration.split("#");
    Field field = Class.forName("vn.mttq.sangtao." + parts[0]).getDeclaredField(parts[1]);
    field.setAccessible(true);
    Object value = field.get(null);
    if (value instanceof String key) {
      return List.of(key);
    }
    return ((List<?>) value).stream().map(String::valueOf).toList();
  }

  private static String mainSources() throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        all.append(Files.readString(file));
      }
    }
    return all.toString();
  }
}
