package vn.mttq.sangtao.shared.web;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engine REST API's own refusals in Vietnamese, for the staff who read them beside a form in Tasklist and the
 * leaders in Cockpit: a value that cannot be converted, a value type that does not exist, a body that is not JSON, a
 * task that is not there. A message already in Vietnamese (ours) stays as it is; one not known here gets a Vietnamese
 * sentence in front, with the engine's words after it for whoever looks into it.
 */
final class EngineMessages {

  private static final Pattern VIETNAMESE = Pattern.compile("[À-ỹđĐ]");
  private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("long", "số nguyên"),
      Map.entry("integer", "số nguyên"), Map.entry("short", "số nguyên"), Map.entry("double", "số"),
      Map.entry("boolean", "đúng hoặc sai"), Map.entry("date", "ngày giờ"), Map.entry("string", "chữ"),
      Map.entry("bytes", "tệp"), Map.entry("file", "tệp"), Map.entry("object", "dữ liệu có cấu trúc"),
      Map.entry("json", "dữ liệu có cấu trúc"), Map.entry("xml", "dữ liệu có cấu trúc"),
      Map.entry("null", "giá trị rỗng"));

  private record Rule(Pattern english, Function<Matcher, String> vietnamese) {
  }

  private static final List<Rule> RULES = List.of(
      rule("Cannot (?:submit task form|complete task|instantiate process definition|start process instance)[^:]*:"
          + "\\s*(.*)", m -> vietnamese(m.group(1))),
      rule("Cannot convert value '(.*)' of type '(\\w+)' to java type .*",
          m -> "Giá trị «" + m.group(1) + "» không phải " + type(m.group(2)) + "."),
      rule("Unsupported value type '(.*)'", m -> "Không có kiểu giá trị «" + m.group(1) + "»."),
      rule("Must provide 'null' or String value for value of (?:SerializableValue|primitive) type '(\\w+)'.*",
          m -> "Giá trị kiểu «" + m.group(1) + "» phải gửi dưới dạng chữ."),
      rule("(?s).*(?:Unexpected character|Unexpected end-of-input|Unrecognized token|was expecting|Cannot deserialize"
          + "|Illegal unquoted character|Invalid UTF-8|Document nesting depth|JSON).*",
          m -> "Nội dung gửi lên không phải JSON hợp lệ."),
      rule("(?i).*(?:no task found|task .* (?:is null|does not exist|not found)|Cannot find task).*",
          m -> "Không có công việc này, hoặc bạn không được làm công việc này."),
      rule("(?i).*(?:no process definition|process definition .* (?:is null|not found)|no deployed process).*",
          m -> "Không có quy trình này."),
      rule("(?i).*does not have .* permission.*", m -> "Bạn không có quyền làm việc này."),
      rule("(?i).*(?:Cannot (?:deserialize|serialize)|Cannot find serializer|serialization).*",
          m -> "Giá trị gửi lên không đọc được."),
      rule("(?i).*is suspended.*", m -> "Công việc này đang tạm dừng."),
      rule("Cannot create file without filename.*", m -> "Tệp gửi lên phải có tên tệp."),
      rule("Cannot invoke .* because \"(?:dto|parameters)\" is null", m -> "Thiếu nội dung yêu cầu: gửi các giá trị"
          + " dưới dạng {\"variables\": {…}}."));

  private EngineMessages() {
  }

  private static Rule rule(String english, Function<Matcher, String> vietnamese) {
    return new Rule(Pattern.compile(english), vietnamese);
  }

  /** The message in Vietnamese: ours as it is, the engine's translated, or introduced in Vietnamese. */
  static String vietnamese(String message) {
    if (message == null || message.isBlank()) {
      return "Yêu cầu không hợp lệ.";
    }
    String text = message.strip();
    if (VIETNAMESE.matcher(text).find() && !text.startsWith("Cannot ")) {
      return text;
    }
    for (Rule rule : RULES) {
      Matcher matcher = rule.english().matcher(text);
      if (matcher.matches()) {
        return rule.vietnamese().apply(matcher);
      }
    }
    return VIETNAMESE.matcher(text).find() ? text : "Yêu cầu không hợp lệ (" + text + ").";
  }

  private static String type(String engineType) {
    return TYPES.getOrDefault(engineType.toLowerCase(java.util.Locale.ROOT), "kiểu «" + engineType + "»");
  }
}
