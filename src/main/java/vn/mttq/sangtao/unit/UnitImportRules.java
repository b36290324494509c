package vn.mttq.sangtao.unit;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import vn.mttq.sangtao.shared.BusinessTime;

/**
 * The rules a unit import must pass, checked over the whole file against the tree already stored, so that a file is
 * taken whole or not at all. Plain code: no database, no engine.
 */
final class UnitImportRules {

  /** Unit codes become parts of group and user ids: lower-case ASCII letters, digits and inner hyphens. */
  static final Pattern CODE = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?");

  private static final DateTimeFormatter VIETNAMESE_DATE =
      DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter ISO_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  /** A row that passed every rule, with its dates parsed. */
  record ValidRow(long line, String code, String name, String typeCode, String parentCode, LocalDate validFrom,
      LocalDate validTo) {
  }

  record Outcome(List<ValidRow> rows, List<ImportProblem> problems) {
    boolean accepted() {
      return problems.isEmpty();
    }
  }

  private UnitImportRules() {
  }

  static Outcome check(List<UnitCsvRow> rows, Collection<String> typeCodes, Map<String, UnitNode> stored) {
    List<ImportProblem> problems = new ArrayList<>();
    Map<String, ValidRow> byCode = new LinkedHashMap<>();
    Map<String, Long> firstLine = new HashMap<>();
    List<ValidRow> candidates = new ArrayList<>();
    Set<String> codesInFile = new HashSet<>();
    rows.forEach(r -> codesInFile.add(r.code()));

    for (UnitCsvRow row : rows) {
      int before = problems.size();
      String code = row.code();
      if (code.isEmpty()) {
        problems.add(new ImportProblem(row.line(), "thiếu mã đơn vị (cột code)."));
      } else if (!CODE.matcher(code).matches()) {
        problems.add(new ImportProblem(row.line(), "mã đơn vị «" + code + "» không hợp lệ: chỉ dùng chữ thường"
            + " không dấu, chữ số và dấu gạch ngang (không ở đầu hoặc cuối), tối đa 64 ký tự."));
      } else if (firstLine.containsKey(code)) {
        problems.add(new ImportProblem(row.line(), "mã đơn vị «" + code + "» trùng với dòng "
            + firstLine.get(code) + "."));
      } else {
        firstLine.put(code, row.line());
      }
      if (row.name().isEmpty()) {
        problems.add(new ImportProblem(row.line(), "thiếu tên đơn vị (cột name)."));
      } else if (row.name().length() > 300) {
        problems.add(new ImportProblem(row.line(), "tên đơn vị dài quá 300 ký tự."));
      }
      if (row.type().isEmpty()) {
        problems.add(new ImportProblem(row.line(), "thiếu loại đơn vị (cột type)."));
      } else if (!typeCodes.contains(row.type())) {
        problems.add(new ImportProblem(row.line(), "loại đơn vị «" + row.type() + "» không tồn tại; các loại hợp lệ: "
            + String.join(", ", typeCodes.stream().sorted().toList()) + "."));
      }
      LocalDate from = parseDate(row.validFrom(), "ngày bắt đầu hiệu lực (validFrom)", row.line(), problems);
      LocalDate to = parseDate(row.validTo(), "ngày hết hiệu lực (validTo)", row.line(), problems);
      if (from != null && to != null && to.isBefore(from)) {
        problems.add(new ImportProblem(row.line(), "ngày hết hiệu lực " + BusinessTime.format(to)
            + " trước ngày bắt đầu hiệu lực " + BusinessTime.format(from) + "."));
      }
      String parentCode = row.parentCode();
      if (!parentCode.isEmpty() && !stored.containsKey(parentCode) && !codesInFile.contains(parentCode)) {
        problems.add(new ImportProblem(row.line(), "đơn vị cấp trên «" + parentCode
            + "» không có trong tệp và chưa có trong hệ thống."));
      }
      if (problems.size() == before) {
        ValidRow valid = new ValidRow(row.line(), code, row.name(), row.type(),
            row.parentCode().isEmpty() ? null : row.parentCode(), from, to);
        candidates.add(valid);
        byCode.put(code, valid);
      }
    }

    // The tree after the import: stored units, overlaid by the file's rows.
    Map<String, UnitNode> tree = new HashMap<>(stored);
    for (ValidRow row : byCode.values()) {
      tree.put(row.code(), new UnitNode(row.code(), row.parentCode(), row.validFrom(), row.validTo()));
    }
    for (ValidRow row : candidates) {
      String parentCode = row.parentCode();
      if (parentCode == null) {
        continue;
      }
      UnitNode parent = tree.get(parentCode);
      if (parent == null) {
        continue; // the parent's own line is refused and reported
      }
      List<String> cycle = cycleThrough(row.code(), tree);
      if (!cycle.isEmpty()) {
        problems.add(new ImportProblem(row.line(), "quan hệ cấp trên tạo thành vòng lặp: "
            + String.join(" → ", cycle) + "."));
        continue;
      }
      checkWithinParent(row, parent, problems);
    }
    problems.sort(java.util.Comparator.comparingLong(ImportProblem::line));
    return new Outcome(problems.isEmpty() ? candidates : List.of(), problems);
  }

  /** A unit cannot exist where its parent does not: its validity must lie within the parent's. */
  private static void checkWithinParent(ValidRow row, UnitNode parent, List<ImportProblem> problems) {
    if (parent.validFrom() != null && (row.validFrom() == null || row.validFrom().isBefore(parent.validFrom()))) {
      problems.add(new ImportProblem(row.line(), "đơn vị có hiệu lực trước ngày " + BusinessTime.format(parent.validFrom())
          + ", khi đơn vị cấp trên «" + parent.code() + "» chưa có hiệu lực."));
    }
    if (parent.validTo() != null && (row.validTo() == null || row.validTo().isAfter(parent.validTo()))) {
      problems.add(new ImportProblem(row.line(), "đơn vị còn hiệu lực sau ngày " + BusinessTime.format(parent.validTo())
          + ", khi đơn vị cấp trên «" + parent.code() + "» đã hết hiệu lực."));
    }
  }

  /** The codes on the loop when following parents from {@code start} returns to it; empty when it does not. */
  private static List<String> cycleThrough(String start, Map<String, UnitNode> tree) {
    List<String> path = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    String current = start;
    while (current != null && seen.add(current)) {
      path.add(current);
      UnitNode node = tree.get(current);
      current = node == null ? null : node.parentCode();
    }
    if (start.equals(current)) {
      path.add(start);
      return path;
    }
    return List.of();
  }

  private static LocalDate parseDate(String text, String what, long line, List<ImportProblem> problems) {
    if (text.isEmpty()) {
      return null;
    }
    for (DateTimeFormatter format : List.of(VIETNAMESE_DATE, ISO_DATE)) {
      try {
        return LocalDate.parse(text, format);
      } catch (DateTimeParseException e) {
        // try the next accepted form
      }
    }
    problems.add(new ImportProblem(line, what + " «" + text + "» không phải ngày hợp lệ; viết dd/MM/yyyy"
        + " (ví dụ 30/06/2025) hoặc yyyy-MM-dd."));
    return null;
  }
}
