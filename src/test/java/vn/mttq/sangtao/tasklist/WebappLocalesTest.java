package vn.mttq.sangtao.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Our Vietnamese locale of each webapp against the English one the webapps ship: the same keys, the same
 * placeholders, nothing left in English, dates as dd/MM/yyyy; and each webapp's configuration offers Vietnamese first.
 */
class WebappLocalesTest {

  private static final String APP = "META-INF/resources/webjars/camunda/app/";
  /** Values that are the same in both languages: technical tokens and product names. */
  private static final Set<String> SAME_IN_BOTH = Set.of("null", "YYYY-MM-DDTHH:mm:ss", "Optimize");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(\\w+)\\s*\\}\\}|\\{\\}");
  private static final Pattern ENGLISH_WORD = Pattern.compile("[a-z]{2,}");

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void everyEnglishKeyHasAVietnameseLabelWithTheSamePlaceholders(String app) throws IOException {
    Map<String, Object> english = labels(app, "en");
    Map<String, Object> vietnamese = labels(app, "vi");

    assertThat(vietnamese.keySet()).as("keys of %s/locales/vi.json", app).isEqualTo(english.keySet());
    List<String> untranslated = new ArrayList<>();
    List<String> placeholders = new ArrayList<>();
    english.forEach((key, value) -> {
      String en = (String) value;
      String vi = (String) vietnamese.get(key);
      if (en.equals(vi) && ENGLISH_WORD.matcher(en).find() && !SAME_IN_BOTH.contains(en)) {
        untranslated.add(key + " = " + en);
      }
      if (!placeholdersOf(en).equals(placeholdersOf(vi))) {
        placeholders.add(key + ": " + en + " → " + vi);
      }
    });
    assertThat(untranslated).as("left in English").isEmpty();
    assertThat(placeholders).as("placeholders changed").isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin"})
  void datesAreDayMonthYearWithVietnameseMonthsAndWeekdays(String app) throws IOException {
    Map<String, Object> locale = read(APP + app + "/locales/vi.json");
    @SuppressWarnings("unchecked")
    Map<String, Object> dates = (Map<String, Object>) locale.get("dateLocales");
    assertThat(dates).containsKeys("calendar", "longDateFormat", "months", "monthsShort", "relativeTime", "week",
        "weekdays", "weekdaysMin", "weekdaysShort");
    @SuppressWarnings("unchecked")
    Map<String, String> formats = (Map<String, String>) dates.get("longDateFormat");
    assertThat(formats).containsEntry("L", "DD/MM/YYYY").containsEntry("LLL", "DD/MM/YYYY HH:mm");
    @SuppressWarnings("unchecked")
    List<String> months = (List<String>) dates.get("months");
    @SuppressWarnings("unchecked")
    List<String> weekdays = (List<String>) dates.get("weekdays");
    assertThat(months).hasSize(12).startsWith("tháng 1");
    assertThat(weekdays).hasSize(7).startsWith("Chủ nhật", "Thứ hai");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void eachWebappOffersVietnameseFirstAndEnglishToo(String app) throws IOException {
    String config = text(APP + app + "/scripts/config.js");
    assertThat(config).contains("availableLocales: ['vi', 'en']").contains("fallbackLocale: 'vi'")
        .contains("vendor: 'Sáng tạo ·'");
  }

  private static Map<String, Object> labels(String app, String language) throws IOException {
    @SuppressWarnings("unchecked")
    Map<String, Object> labels = (Map<String, Object>) read(APP + app + "/locales/" + language + ".json")
        .get("labels");
    return new TreeMap<>(labels);
  }

  private static List<String> placeholdersOf(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(m.group(1) == null ? "{}" : m.group(1));
    }
    found.sort(null);
    return found;
  }

  private static Map<String, Object> read(String resource) throws IOException {
    return new ObjectMapper().readValue(text(resource), new TypeReference<>() {
    });
  }

  /** The resource as text, without the byte order mark the shipped English files start with. */
  private static String text(String resource) throws IOException {
    try (InputStream in = WebappLocalesTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
  }
}
