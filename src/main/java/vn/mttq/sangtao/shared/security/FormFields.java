package vn.mttq.sangtao.shared.security;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The fields of a deployed Camunda form (the latest version, as the models bind them): what a person may send when
 * starting a process or completing a task with that form, and what each field takes. A deployed form never changes,
 * so its fields are kept by the form definition's id: the same on every node.
 */
final class FormFields {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Map<String, Map<String, FormField>> byDefinition = new ConcurrentHashMap<>();

  /** The fields of the latest deployed form with this id, by key; none when there is no such form. */
  Map<String, FormField> of(CommandContext context, String formKey) {
    CamundaFormDefinitionEntity form = context.getCamundaFormDefinitionManager().findLatestDefinitionByKey(formKey);
    if (form == null) {
      return Map.of();
    }
    return byDefinition.computeIfAbsent(form.getId(), id -> read(context, form));
  }

  private static Map<String, FormField> read(CommandContext context, CamundaFormDefinitionEntity form) {
    ResourceEntity resource = context.getResourceManager()
        .findResourceByDeploymentIdAndResourceName(form.getDeploymentId(), form.getResourceName());
    try {
      Map<String, FormField> fields = new HashMap<>();
      collect(JSON.readTree(resource.getBytes()), fields);
      return Map.copyOf(fields);
    } catch (IOException e) {
      throw new IllegalStateException("form " + form.getKey() + " cannot be read", e);
    }
  }

  private static void collect(JsonNode node, Map<String, FormField> fields) {
    for (JsonNode component : node.path("components")) {
      if (component.hasNonNull("key")) {
        String key = component.get("key").asText();
        JsonNode max = component.path("validate").path("maxLength");
        String label = component.path("label").asText(key).replaceAll("\\s*\\*+\\s*$", "").strip();
        fields.put(key, new FormField(key, label.isEmpty() ? key : label, component.path("type").asText(),
            max.isInt() ? max.asInt() : null));
      }
      collect(component, fields);
    }
  }
}
