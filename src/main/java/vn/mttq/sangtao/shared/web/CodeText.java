package vn.mttq.sangtao.shared.web;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * A code (a unit's, a period's) in a JSON request is text: a number, a list or an object in its place is refused with
 * the field's name, never turned into text. Put on a record component with {@code @JsonDeserialize(using = …)}.
 */
public final class CodeText extends StdScalarDeserializer<String> {

  private static final ReadableText.Refusing TEXT = new ReadableText.Refusing();

  public CodeText() {
    super(String.class);
  }

  @Override
  public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      return (String) context.handleUnexpectedToken(String.class, parser);
    }
    return TEXT.deserialize(parser, context);
  }
}
