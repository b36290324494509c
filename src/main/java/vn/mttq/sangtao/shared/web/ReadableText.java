package vn.mttq.sangtao.shared.web;

import java.io.IOException;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * Text sent to the application's API holds no control character but tab and line breaks: a NUL or the like cannot be
 * stored (PostgreSQL refuses it) and is never typed by a person, so the request is refused, naming the field, instead
 * of failing later or being stored changed. Registered with Spring's JSON mapper as a module.
 */
@Component
public class ReadableText extends SimpleModule {

  ReadableText() {
    super("sangtao-readable-text");
    addDeserializer(String.class, new Refusing());
  }

  /** The index of the first control character other than tab, line feed and carriage return, or -1. */
  public static int firstControl(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
        return i;
      }
    }
    return -1;
  }

  static final class Refusing extends StdScalarDeserializer<String> {

    Refusing() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      String text = StringDeserializer.instance.deserialize(parser, context);
      if (text != null) {
        int at = firstControl(text);
        if (at >= 0) {
          throw context.weirdStringException(text, String.class, String.format(
              "chứa ký tự điều khiển U+%04X ở vị trí %d", (int) text.charAt(at), at + 1));
        }
      }
      return text;
    }
  }
}
