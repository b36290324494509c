package vn.mttq.sangtao.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.mttq.sangtao.shared.Folding;
import vn.mttq.sangtao.unit.UnitView;

/**
 * Each recipient's own paragraph of part III, as staff write them in the form, the way the seeds do (III.2.1):
 * "- Liên đoàn Lao động thành phố: Tiếp tục lồng ghép …", one recipient a paragraph, named by its name (with or
 * without diacritics) or its code; the lines after a paragraph's first belong to it.
 */
final class RecipientTasks {

  private static final Pattern START = Pattern.compile("^[-–•+]?\\s*([^:]{2,300}?)\\s*:\\s*(.*)$");

  private RecipientTasks() {
  }

  /** The paragraphs by the name or code written before the colon, in order; null when nothing is written. */
  static Map<String, String> parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    Map<String, String> tasks = new LinkedHashMap<>();
    String current = null;
    for (String raw : text.lines().toList()) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      Matcher start = START.matcher(line);
      if (start.matches() && (current == null || line.startsWith("-") || line.startsWith("–"))) {
        current = start.group(1).strip();
        tasks.merge(current, start.group(2).strip(), (a, b) -> a + "\n" + b);
      } else if (current == null) {
        throw new PlanValidationException(List.of("Nhiệm vụ riêng của từng đơn vị: mỗi đoạn bắt đầu bằng tên đơn vị"
            + " và dấu hai chấm, ví dụ «- Hội Nông dân phường: Tiếp tục triển khai …»."));
      } else {
        tasks.merge(current, line, (a, b) -> a + "\n" + b);
      }
    }
    return tasks;
  }

  /**
   * The paragraphs by the code of the implementing recipient each one names; a name that is no implementing
   * recipient's is a problem, said in Vietnamese.
   */
  static Map<String, String> byCode(Map<String, String> written, List<UnitView> implement, List<String> problems) {
    Map<String, String> byCode = new LinkedHashMap<>();
    if (written == null) {
      return byCode;
    }
    written.forEach((who, text) -> {
      List<UnitView> matches = new ArrayList<>();
      for (UnitView unit : implement) {
        if (unit.code().equalsIgnoreCase(who) || Folding.fold(unit.name()).equals(Folding.fold(who))) {
          matches.add(unit);
        }
      }
      if (matches.size() == 1) {
        byCode.merge(matches.get(0).code(), text, (a, b) -> a + "\n" + b);
      } else {
        problems.add("Nhiệm vụ riêng ghi cho «" + who + "», nhưng không có đơn vị thực hiện nào tên như vậy; hãy ghi"
            + " đúng tên đơn vị thực hiện (ví dụ «Hội Nông dân phường Long Khánh»).");
      }
    });
    return byCode;
  }
}
