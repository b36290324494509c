package vn.mttq.sangtao.shared.security;

import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The field keys of a deployed Camunda form (the latest version, as the models bind them): what a person may send
 * when starting a process or completing a task with that form. A deployed form never changes, so its keys are kept by
 * the form definition's id: the same on every node.
 */
final class FormFields {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Map<String, Set<String>> byDefinition = new ConcurrentHashMap<>();

  /** The keys of the latest deployed form with this id; none when there is no such form. */
  Set<String> of(CommandContext context, String formKey) {
    CamundaFormDefinitionEntity form = context.getCamundaFormDefinitionManager().findLatestDefinitionByKey(formKey);
    if (form == null) {
      return Set.of();
    }
    return byDefinition.computeIfAbsent(form.getId(), id -> read(context, form));
  }

  private static Set<String> read(CommandContext context, CamundaFormDefinitionEntity form) {
    ResourceEntity resource = context.getResourceManager()
        .findResourceByDeploymentIdAndResourceName(form.getDeploymentId(), form.getResourceName());
    try {
      Set<String> keys = new HashSet<>();
      collect(JSON.readTree(resource.getBytes()), keys);
      return Set.copyOf(keys);
    } catch (IOException e) {
      throw new IllegalStateException("form " + form.getKey() + " cannot be read", e);
    }
  }

  private static void collect(JsonNode node, Set<String> keys) {
    for (JsonNode component : node.path("components")) {
      if (component.hasNonNull("key")) {
        keys.add(component.get("key").asText());
      }
      collect(component, keys);
    }
  }
}
