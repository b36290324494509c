package vn.mttq.sangtao.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The house rules for models (the same as {@code ../shared/tools/bpmncheck.py}, plus our own): every BPMN in
 * {@code processes/} and every test fixture model is executable, named after its file, has a history time to live,
 * a diagram shape or edge for every element, meaningful ids, Vietnamese labels, forms that exist, assignment rules,
 * and service tasks that call a Spring bean by delegate expression.
 */
class ModelValidationTest {

  private static final Path PROCESSES = Path.of("processes");
  private static final Path FORMS = Path.of("forms");
  /** Models and forms that only tests deploy; they follow the same rules. */
  private static final Path FIXTURES = Path.of("src", "test", "resources", "probe");
  private static final Pattern MODELER_DEFAULT_ID = Pattern.compile(
      "^(Activity|Event|Gateway|Flow|StartEvent|EndEvent|UserTask|ServiceTask|Task|SequenceFlow|ExclusiveGateway"
          + "|ParallelGateway|BoundaryEvent|CallActivity|SubProcess|Process)_[0-9a-z]{7}$|_\\d+$");
  private static final Pattern VIETNAMESE = Pattern.compile("[À-ỹĐđ]");
  private static final Pattern DELEGATE_BEAN = Pattern.compile("^#\\{[a-z][A-Za-z0-9]*Delegate}$");

  static Stream<Path> models() throws IOException {
    return Stream.concat(files(PROCESSES, ".bpmn"), files(FIXTURES, ".bpmn"));
  }

  private static Stream<Path> files(Path dir, String suffix) throws IOException {
    if (!Files.isDirectory(dir)) {
      return Stream.empty();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void followsTheHouseRules(Path file) throws IOException {
    assertThat(problems(file)).as("problems in %s", file).isEmpty();
  }

  @Test
  void everyFormIsNamedAfterItsFileAndLabelledInVietnamese() throws IOException {
    ObjectMapper json = new ObjectMapper();
    for (Path form : Stream.concat(files(FORMS, ".form"), files(FIXTURES, ".form")).toList()) {
      JsonNode root = json.readTree(form.toFile());
      String name = form.getFileName().toString().replace(".form", "");
      assertThat(root.path("id").asText()).as("id of %s", form).isEqualTo(name);
      assertThat(root.findValuesAsText("label").stream().anyMatch(l -> VIETNAMESE.matcher(l).find()))
          .as("Vietnamese labels in %s", form).isTrue();
    }
  }

  /**
   * A required field's label carries no star of its own: the form library adds one ("Tên kế hoạch **" otherwise). A
   * field required only when shown (its form says so by its condition; the server checks it) keeps the star.
   */
  @Test
  void aRequiredFieldsLabelHasNoStarOfItsOwn() throws IOException {
    ObjectMapper json = new ObjectMapper();
    for (Path form : files(FORMS, ".form").toList()) {
      List<String> doubled = new java.util.ArrayList<>();
      json.readTree(form.toFile()).findParents("label").forEach(field -> {
        if (field.path("validate").path("required").asBoolean() && field.path("label").asText().strip().endsWith("*")) {
          doubled.add(field.path("label").asText());
        }
      });
      assertThat(doubled).as("labels with a second star in %s", form).isEmpty();
    }
  }

  /**
   * What a person types is bounded in the form as in the table: every text field a person fills declares the most it
   * takes (at most the largest column, 20,000 characters), so that the form stops the typing before the server has to
   * refuse it.
   */
  @Test
  void everyTextFieldAPersonFillsDeclaresItsMaximumLength() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> unbounded = new java.util.ArrayList<>();
    for (Path form : files(FORMS, ".form").toList()) {
      for (JsonNode field : json.readTree(form.toFile()).findParents("type")) {
        String type = field.path("type").asText();
        if ((type.equals("textfield") || type.equals("textarea")) && !field.path("readonly").asBoolean(false)) {
          int max = field.path("validate").path("maxLength").asInt(0);
          if (max < 1 || max > 20_000) {
            unbounded.add(form.getFileName() + ": " + field.path("key").asText() + " (" + max + ")");
          }
        }
      }
    }
    assertThat(unbounded).as("text fields without a maximum length between 1 and 20,000").isEmpty();
  }

  @Test
  void theRulesCatchABrokenModel() {
    BpmnModelInstance broken = Bpmn.createExecutableProcess("Process_1a2b3c4")
        .startEvent("StartEvent_1")
        .userTask("Activity_0abcdef").name("Review")
        .serviceTask("serviceTask_x").camundaClass("vn.Foo")
        .endEvent().done();
    // the fluent builder adds a time to live and a diagram: take them away again
    broken.getModelElementsByType(Process.class).forEach(p -> p.setCamundaHistoryTimeToLiveString(null));
    BpmnShape shape = broken.getModelElementsByType(BpmnShape.class).stream()
        .filter(s -> s.getBpmnElement().getId().equals("serviceTask_x")).findFirst().orElseThrow();
    shape.getParentElement().removeChildElement(shape);

    List<String> found = check("broken", broken);

    assertThat(found).anyMatch(p -> p.contains("no process with id 'broken'"))
        .anyMatch(p -> p.contains("no camunda:historyTimeToLive"))
        .anyMatch(p -> p.contains("Modeler-default id Activity_0abcdef"))
        .anyMatch(p -> p.contains("has no diagram shape"))
        .anyMatch(p -> p.contains("userTask Activity_0abcdef has no form"))
        .anyMatch(p -> p.contains("userTask Activity_0abcdef has no assignee/candidate rule"))
        .anyMatch(p -> p.contains("serviceTask serviceTask_x must use a delegate expression"))
        .anyMatch(p -> p.contains("no Vietnamese label"));
  }

  private static List<String> problems(Path file) {
    BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
    String key = file.getFileName().toString().replace(".bpmn", "");
    return check(key, model);
  }

  static List<String> check(String key, BpmnModelInstance model) {
    List<String> problems = new ArrayList<>();
    Collection<Process> processes = model.getModelElementsByType(Process.class);
    if (processes.stream().noneMatch(p -> key.equals(p.getId()))) {
      problems.add("no process with id '" + key + "' (file name must equal process id)");
    }
    Set<String> shapes = model.getModelElementsByType(BpmnShape.class).stream()
        .filter(s -> s.getBpmnElement() != null).map(s -> s.getBpmnElement().getId()).collect(Collectors.toSet());
    Set<String> edges = model.getModelElementsByType(BpmnEdge.class).stream()
        .filter(e -> e.getBpmnElement() != null).map(e -> e.getBpmnElement().getId()).collect(Collectors.toSet());
    Set<String> formIds = formIds();
    StringBuilder labels = new StringBuilder();
    for (Process process : processes) {
      if (!process.isExecutable()) {
        problems.add("process " + process.getId() + " not executable");
      }
      if (process.getCamundaHistoryTimeToLiveString() == null) {
        problems.add("process " + process.getId() + " has no camunda:historyTimeToLive");
      }
      labels.append(' ').append(process.getName());
    }
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      checkNode(node, formIds, problems, labels);
      if (!shapes.contains(node.getId())) {
        problems.add(node.getElementType().getTypeName() + " " + node.getId() + " has no diagram shape");
      }
    }
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      if (MODELER_DEFAULT_ID.matcher(flow.getId()).find()) {
        problems.add("Modeler-default id " + flow.getId());
      }
      if (!edges.contains(flow.getId())) {
        problems.add("sequenceFlow " + flow.getId() + " has no diagram edge");
      }
    }
    if (!VIETNAMESE.matcher(labels).find()) {
      problems.add("no Vietnamese label at all");
    }
    return problems.stream().distinct().toList();
  }

  private static void checkNode(FlowNode node, Set<String> formIds, List<String> problems, StringBuilder labels) {
    String type = node.getElementType().getTypeName();
    String id = node.getId();
    labels.append(' ').append(node.getName());
    if (MODELER_DEFAULT_ID.matcher(id).find()) {
      problems.add("Modeler-default id " + id);
    }
    boolean needsLabel = node instanceof UserTask || node instanceof ServiceTask || node instanceof CallActivity
        || node instanceof BusinessRuleTask || node instanceof SendTask;
    if (needsLabel && (node.getName() == null || node.getName().isBlank())) {
      problems.add(type + " " + id + " has no label");
    }
    if (node instanceof UserTask task) {
      if (task.getCamundaFormRef() == null && task.getCamundaFormKey() == null) {
        problems.add("userTask " + id + " has no form");
      }
      String ref = task.getCamundaFormRef();
      if (ref != null && !ref.startsWith("${") && !formIds.contains(ref)) {
        problems.add("userTask " + id + " form '" + ref + "' not in forms/");
      }
      if (task.getCamundaAssignee() == null && task.getCamundaCandidateGroups() == null
          && task.getCamundaCandidateUsers() == null) {
        problems.add("userTask " + id + " has no assignee/candidate rule");
      }
    }
    if (node instanceof ServiceTask task && task.getCamundaType() == null
        && (task.getCamundaDelegateExpression() == null
            || !DELEGATE_BEAN.matcher(task.getCamundaDelegateExpression()).matches())) {
      problems.add("serviceTask " + id + " must use a delegate expression naming a bean, like #{cascadePlanDelegate}");
    }
    if (node instanceof SendTask task && (task.getCamundaDelegateExpression() == null
        || !DELEGATE_BEAN.matcher(task.getCamundaDelegateExpression()).matches())) {
      problems.add("sendTask " + id + " must use a delegate expression naming a bean");
    }
  }

  private static Set<String> formIds() {
    ObjectMapper json = new ObjectMapper();
    try {
      return Stream.concat(files(FORMS, ".form"), files(FIXTURES, ".form")).map(f -> {
        try {
          return json.readTree(f.toFile()).path("id").asText();
        } catch (IOException e) {
          return "!unreadable:" + f;
        }
      }).collect(Collectors.toSet());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
