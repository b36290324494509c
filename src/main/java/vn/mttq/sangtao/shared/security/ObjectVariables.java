package vn.mttq.sangtao.shared.security;

import java.util.Map;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.DeserializationTypeValidator;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.ObjectValue;

import vn.mttq.sangtao.shared.web.BadInputException;

/**
 * An object variable written through the API may name only a type that the engine would turn back into an object
 * (our own classes, the JDK's plain ones, as the engine's deserialization validator allows); any other, such as
 * {@code java.net.URL}, is refused before it is stored.
 */
final class ObjectVariables {

  private final ProcessEngineConfigurationImpl configuration;

  ObjectVariables(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  void check(Map<String, ?> variables) {
    for (String name : variables.keySet()) {
      Object value = variables instanceof VariableMap typed ? typed.getValueTyped(name) : variables.get(name);
      if (value instanceof ObjectValue object && !allowedType(object)) {
        throw new BadInputException("Biến «" + name + "» mang kiểu «" + object.getObjectTypeName()
            + "», hệ thống không nhận: chỉ nhận kiểu của hệ thống Sáng tạo và các kiểu cơ bản của Java.");
      }
    }
  }

  private boolean allowedType(ObjectValue object) {
    DeserializationTypeValidator validator = configuration.getDeserializationTypeValidator();
    String type = object.isDeserialized() && object.getObjectType() != null ? object.getObjectType().getName()
        : object.getObjectTypeName();
    if (validator == null || type == null) {
      return true;
    }
    for (String part : type.split("[<>,\\s\\[\\]]+")) {
      if (!part.isEmpty() && !validator.validate(part)) {
        return false;
      }
    }
    return true;
  }
}
