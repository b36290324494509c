package vn.mttq.sangtao.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.shared.WholeNumbers;
import vn.mttq.sangtao.unit.UnitView;

/** What a draft plan must satisfy before it can be submitted or issued. Plain code, Vietnamese messages. */
final class PlanRules {

  static final int MIN_YEAR = 2000;
  static final int MAX_YEAR = 2100;

  private PlanRules() {
  }

  /**
   * @param draft what staff wrote
   * @param today the business date
   * @param implementers the units that may implement the issuer's plan (its subordinate committees and member
   *     organisations), by code
   * @param known every unit named by the draft that exists, by code
   * @param issuerCode the issuing unit
   */
  static List<String> check(PlanDraft draft, LocalDate today, Map<String, UnitView> implementers,
      Map<String, UnitView> known, String issuerCode) {
    return check(draft, Dating.today(today), implementers, known, issuerCode);
  }

  /**
   * The day a plan's rules are judged on: today for a plan issued in the system; for one recorded from outside, its
   * report deadlines come after its date of issue, and its units are those that existed on {@code unitsOn}.
   */
  record Dating(LocalDate earliestDue, String earliestDueLabel, LocalDate unitsOn) {
    static Dating today(LocalDate today) {
      return new Dating(today, "từ hôm nay (" + BusinessTime.format(today) + ")", today);
    }

    static Dating issuedOn(LocalDate issuedOn, LocalDate unitsOn) {
      return new Dating(issuedOn, "từ ngày ban hành (" + BusinessTime.format(issuedOn) + ")", unitsOn);
    }
  }

  static List<String> check(PlanDraft draft, Dating dating, Map<String, UnitView> implementers,
      Map<String, UnitView> known, String issuerCode) {
    LocalDate today = dating.unitsOn();
    List<String> problems = checkContent(draft, dating);
    checkRecipients(draft, implementers, known, issuerCode, today, problems);
    return problems;
  }

  /** The rules for any plan, including one a unit without recipients of its own records. */
  static List<String> checkContent(PlanDraft draft, LocalDate today) {
    return checkContent(draft, Dating.today(today));
  }

  static List<String> checkContent(PlanDraft draft, Dating dating) {
    List<String> problems = new ArrayList<>();
    if (draft.title() == null || draft.title().isBlank()) {
      problems.add("Tên kế hoạch không được để trống.");
    } else if (draft.title().length() > TITLE_LENGTH) {
      problems.add("Tên kế hoạch dài quá " + TITLE_LENGTH + " ký tự.");
    }
    if (draft.year() < MIN_YEAR || draft.year() > MAX_YEAR) {
      problems.add("Năm của kế hoạch phải từ " + MIN_YEAR + " đến " + MAX_YEAR + ".");
    }
    if (draft.symbol() == null || draft.symbol().isBlank()) {
      problems.add("Ký hiệu kế hoạch không được để trống (ví dụ KH-MTTQ-BTT).");
    } else if (draft.symbol().length() > SYMBOL_LENGTH || !draft.symbol().matches("[\\p{L}0-9][\\p{L}0-9./-]*")) {
      problems.add("Ký hiệu kế hoạch «" + draft.symbol() + "» chỉ gồm chữ, số, dấu gạch ngang, gạch chéo, dấu chấm.");
    }
    if (draft.number() != null && draft.number() <= 0) {
      problems.add("Số kế hoạch phải là số nguyên dương.");
    }
    if (draft.implementationDays() < 1 || draft.implementationDays() > MAX_IMPLEMENTATION_DAYS) {
      problems.add("Thời hạn xây dựng kế hoạch của đơn vị phải từ 1 đến " + MAX_IMPLEMENTATION_DAYS
          + " ngày sau khi ban hành.");
    }
    for (TextLimit limit : TEXT_LIMITS) {
      checkLength(limit.label(), limit.text().apply(draft), limit.max(), problems);
    }
    checkDue("Hạn báo cáo 6 tháng", draft.halfYearReportDue(), dating, problems);
    checkDue("Hạn báo cáo năm", draft.annualReportDue(), dating, problems);
    checkReportYear(draft, problems);
    checkSummary(draft, dating, problems);
    checkReminderDays(draft.reportReminderDays(), problems);
    return problems;
  }

  /** The columns' sizes (V2__plans.sql), also declared in the API contract: a longer text is refused, never cut. */
  static final int TITLE_LENGTH = 500;
  static final int SYMBOL_LENGTH = 60;
  static final int MAX_IMPLEMENTATION_DAYS = 365;
  static final int BASIS_LENGTH = 4000;
  static final int SHORT_TEXT = 4000;
  static final int LONG_TEXT = 8000;
  /** A recipient outside the unit tree, by name (plan_recipient.body_name). */
  static final int BODY_NAME_LENGTH = 300;
  /** The signer's name in the signature block (plan.signer_name). */
  static final int SIGNER_LENGTH = 200;

  /** A free text of the plan, with its label in the form and its column's size. */
  private record TextLimit(String label, Function<PlanDraft, String> text, int max) {
  }

  private static final List<TextLimit> TEXT_LIMITS = List.of(
      new TextLimit("Căn cứ", PlanDraft::basis, BASIS_LENGTH),
      new TextLimit("Mục đích, yêu cầu", PlanDraft::purposes, LONG_TEXT),
      new TextLimit("Nội dung tuyên truyền", PlanDraft::propagandaContent, LONG_TEXT),
      new TextLimit("Đối tượng tuyên truyền", PlanDraft::propagandaAudience, SHORT_TEXT),
      new TextLimit("Hình thức tuyên truyền", PlanDraft::propagandaForms, SHORT_TEXT),
      new TextLimit("Xây dựng mô hình, điển hình", PlanDraft::modelsContent, LONG_TEXT),
      new TextLimit("Hỗ trợ, nhân rộng", PlanDraft::supportContent, LONG_TEXT),
      new TextLimit("Sơ kết, tổng kết", PlanDraft::summaryContent, LONG_TEXT),
      new TextLimit("Nhiệm vụ của các tổ chức thành viên", PlanDraft::memberOrganisationTasks, LONG_TEXT),
      new TextLimit("Nhiệm vụ của Ủy ban MTTQ cấp dưới", PlanDraft::subordinateCommitteeTasks, LONG_TEXT),
      new TextLimit("Nhiệm vụ của Ban Thường trực", PlanDraft::issuerTasks, LONG_TEXT));

  private static void checkLength(String field, String text, int max, List<String> problems) {
    if (text != null && text.length() > max) {
      problems.add("«" + field + "» dài " + WholeNumbers.format(text.length()) + " ký tự, quá "
          + WholeNumbers.format(max) + " ký tự cho phép; hãy rút gọn.");
    }
  }

  /** At most this many reminders before a report's due date, each at most this many days ahead. */
  static final int MAX_REMINDERS = 5;
  static final int MAX_REMINDER_DAYS = 30;
  /** A phase summary covers at most this many years (a five-year phase, or 2018–2024). */
  static final int MAX_SUMMARY_YEARS = 10;

  private static void checkSummary(PlanDraft draft, Dating dating, List<String> problems) {
    Integer from = draft.summaryFromYear();
    if (from == null && draft.summaryReportDue() == null) {
      return;
    }
    if (from == null) {
      problems.add("Báo cáo tổng kết giai đoạn cần năm bắt đầu giai đoạn (ví dụ 2018 cho giai đoạn 2018 – "
          + draft.year() + ").");
    } else if (from > draft.year() || from <= draft.year() - MAX_SUMMARY_YEARS) {
      problems.add("Năm bắt đầu giai đoạn tổng kết phải từ " + (draft.year() - MAX_SUMMARY_YEARS + 1) + " đến "
          + draft.year() + " (năm của kế hoạch).");
    }
    checkDue("Hạn báo cáo tổng kết giai đoạn", draft.summaryReportDue(), dating, problems);
  }

  private static void checkReminderDays(List<Integer> days, List<String> problems) {
    if (days == null || days.isEmpty()) {
      problems.add("Hãy cho biết các ngày nhắc trước hạn báo cáo (mặc định 7, 3, 1).");
      return;
    }
    if (days.size() > MAX_REMINDERS) {
      problems.add("Nhắc trước hạn báo cáo nhiều nhất " + MAX_REMINDERS + " lần.");
    }
    if (days.stream().anyMatch(d -> d == null || d < 1 || d > MAX_REMINDER_DAYS)) {
      problems.add("Mỗi ngày nhắc trước hạn báo cáo phải từ 1 đến " + MAX_REMINDER_DAYS + " ngày.");
    }
  }

  private static void checkRecipients(PlanDraft draft, Map<String, UnitView> implementers,
      Map<String, UnitView> known, String issuerCode, LocalDate today, List<String> problems) {
    List<String> implement = orEmpty(draft.implementRecipients());
    if (implement.isEmpty()) {
      problems.add("Kế hoạch phải có ít nhất một đơn vị thực hiện (Ủy ban MTTQ cấp dưới hoặc tổ chức thành viên).");
    }
    for (String code : implement) {
      if (isKnownAndCurrent(code, known, today, problems) && !implementers.containsKey(code)) {
        problems.add("«" + known.get(code).name() + "» không phải Ủy ban MTTQ cấp dưới hay tổ chức thành viên của"
            + " đơn vị ban hành, nên không thể là đơn vị thực hiện kế hoạch.");
      }
    }
    Set<String> implementSet = new HashSet<>(implement);
    Set<String> reportToSet = new HashSet<>(orEmpty(draft.reportToRecipients()));
    for (String code : orEmpty(draft.reportToRecipients())) {
      if (!isKnownAndCurrent(code, known, today, problems)) {
        continue;
      }
      if (implementSet.contains(code)) {
        problems.add("«" + known.get(code).name() + "» đã là đơn vị thực hiện, không thể đồng thời nhận để báo cáo.");
      } else if (code.equals(issuerCode)) {
        problems.add("Đơn vị ban hành tự lưu kế hoạch (Lưu), không báo cáo chính mình.");
      }
    }
    for (String code : orEmpty(draft.informationRecipients())) {
      if (!isKnownAndCurrent(code, known, today, problems)) {
        continue;
      }
      if (implementSet.contains(code)) {
        problems.add("«" + known.get(code).name() + "» đã là đơn vị thực hiện, không thể đồng thời nhận để biết.");
      } else if (reportToSet.contains(code)) {
        problems.add("«" + known.get(code).name() + "» đã nhận để báo cáo (b/c), không cần nhận để biết.");
      } else if (code.equals(issuerCode)) {
        problems.add("Đơn vị ban hành tự lưu kế hoạch (Lưu), không cần nhận để biết.");
      }
    }
    for (String body : orEmpty(draft.otherRecipients())) {
      if (body.length() > BODY_NAME_LENGTH) {
        problems.add("Tên nơi nhận «" + body.substring(0, 40) + "…» dài quá " + BODY_NAME_LENGTH + " ký tự.");
      }
    }
    if (draft.recipientTasks() != null) {
      draft.recipientTasks().forEach((code, text) -> {
        if (!implementSet.contains(code)) {
          problems.add("Nhiệm vụ riêng ghi cho «" + (known.containsKey(code) ? known.get(code).name() : code)
              + "», nhưng đơn vị đó không phải đơn vị thực hiện kế hoạch.");
        } else {
          checkLength("Nhiệm vụ của " + known.get(code).name(), text, LONG_TEXT, problems);
        }
      });
    }
  }

  /** Whether the unit exists and has not ended; says which problem it has otherwise. */
  private static boolean isKnownAndCurrent(String code, Map<String, UnitView> known, LocalDate today,
      List<String> problems) {
    UnitView unit = known.get(code);
    if (unit == null) {
      problems.add("Không có đơn vị mã «" + code + "».");
      return false;
    }
    if (!unit.isValidOn(today)) {
      problems.add(unit.validityProblem(today));
      return false;
    }
    return true;
  }

  private static List<String> orEmpty(List<String> list) {
    return list == null ? List.of() : list;
  }

  /** The annual report of a year may be due until this day of the next year. */
  static final java.time.MonthDay ANNUAL_DUE_LATEST = java.time.MonthDay.of(3, 31);

  /**
   * Report dates that contradict the plan's year or each other: the half-year report of the plan's year is due in
   * that year, the annual report in that year or by 31/03 of the next, and the half-year one before the annual one.
   */
  private static void checkReportYear(PlanDraft draft, List<String> problems) {
    LocalDate half = draft.halfYearReportDue();
    LocalDate annual = draft.annualReportDue();
    int year = draft.year();
    if (half != null && half.getYear() != year) {
      problems.add("Hạn báo cáo 6 tháng (" + BusinessTime.format(half) + ") phải trong năm " + year
          + ", năm của kế hoạch.");
    }
    LocalDate annualLatest = ANNUAL_DUE_LATEST.atYear(year + 1);
    if (annual != null && (annual.getYear() < year || annual.isAfter(annualLatest))) {
      problems.add("Hạn báo cáo năm (" + BusinessTime.format(annual) + ") phải từ ngày 01/01/" + year + " đến ngày "
          + BusinessTime.format(annualLatest) + ".");
    }
    if (half != null && annual != null && !half.isBefore(annual)) {
      problems.add("Hạn báo cáo 6 tháng (" + BusinessTime.format(half) + ") phải trước hạn báo cáo năm ("
          + BusinessTime.format(annual) + ").");
    }
  }

  private static void checkDue(String what, LocalDate due, Dating dating, List<String> problems) {
    if (due == null) {
      problems.add(what + " không được để trống.");
    } else if (due.isBefore(dating.earliestDue())) {
      problems.add(what + " (" + BusinessTime.format(due) + ") đã qua; hãy chọn một ngày " + dating.earliestDueLabel()
          + " trở đi.");
    }
  }
}
