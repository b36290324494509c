package vn.mttq.sangtao.shared.process;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.variable.serializer.PrimitiveValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * Texts of any length as plain text variables. The engine keeps a text variable in a 4,000-character column (and its
 * history likewise), so a plan's section of 8,000 characters typed in a form failed to be stored. A text longer than
 * that is kept in the engine's byte array table instead, still a {@code String} to every reader (Tasklist, the REST
 * API, our code); shorter ones are stored as before. The serializer's name, {@value #NAME}, is in the variable rows:
 * it must stay registered as long as such rows exist.
 */
@Component
class LongTexts extends AbstractProcessEnginePlugin {

  static final String NAME = "longText";
  /** The engine's text column. */
  static final int TEXT_COLUMN = 4000;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<TypedValueSerializer> serializers = new ArrayList<>(Optional.ofNullable(
        configuration.getCustomPreVariableSerializers()).orElse(List.of()));
    serializers.add(new Serializer());
    configuration.setCustomPreVariableSerializers(serializers);
  }

  /** Writes a text over {@link #TEXT_COLUMN} characters as UTF-8 bytes; reads it back as the same text. */
  static final class Serializer extends PrimitiveValueSerializer<StringValue> {

    Serializer() {
      super(ValueType.STRING);
    }

    @Override
    public String getName() {
      return NAME;
    }

    @Override
    protected boolean canWriteValue(TypedValue value) {
      return value.getValue() instanceof String text && text.length() > TEXT_COLUMN;
    }

    @Override
    public StringValue convertToTypedValue(UntypedValueImpl untypedValue) {
      return Variables.stringValue((String) untypedValue.getValue(), untypedValue.isTransient());
    }

    @Override
    public void writeValue(StringValue value, ValueFields valueFields) {
      valueFields.setByteArrayValue(value.getValue().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public StringValue readValue(ValueFields valueFields, boolean asTransientValue) {
      byte[] bytes = valueFields.getByteArrayValue();
      return Variables.stringValue(bytes == null ? null : new String(bytes, StandardCharsets.UTF_8), asTransientValue);
    }
  }
}
