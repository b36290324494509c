package vn.mttq.sangtao.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.sangtao.initiative.InitiativeService;
import vn.mttq.sangtao.plan.PlanService;
import vn.mttq.sangtao.plan.PlanView;
import vn.mttq.sangtao.plan.RecipientKind;
import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.shared.WholeNumbers;
import vn.mttq.sangtao.shared.web.InvalidInputException;
import vn.mttq.sangtao.shared.web.NotFoundException;
import vn.mttq.sangtao.unit.LineVisibility;
import vn.mttq.sangtao.unit.UnitService;
import vn.mttq.sangtao.unit.UnitView;

/**
 * The reporting regime of issued plans: opening each period's reports for the implementing units, prefilling them,
 * submission and its lateness, review, and the reminders and escalation before and after the due date. Read by the
 * models as {@code reports}.
 */
@Service("reports")
@Transactional
public class ReportService {

  /** A period's reports open this many days before their due date. */
  static final int OPEN_DAYS_BEFORE = 30;
  static final int BATCH_SIZE = 100;
  /** Daily reminders after the escalation, at most. */
  static final int MAX_OVERDUE_REMINDERS = 5;
  static final int NOTICE_HOUR = 8;
  static final int DEFAULT_RETURN_DAYS = 7;

  private final ReportRepository reports;
  private final PlanService plans;
  private final UnitService units;
  private final InitiativeService initiatives;
  private final InspectionRepository inspections;
  private final RuntimeService runtimeService;
  private final ReportNotices notices;

  private final LineVisibility visibility;

  ReportService(ReportRepository reports, PlanService plans, UnitService units, InitiativeService initiatives,
      InspectionRepository inspections, RuntimeService runtimeService, ReportNotices notices,
      LineVisibility visibility) {
    this.visibility = visibility;
    this.reports = reports;
    this.plans = plans;
    this.units = units;
    this.initiatives = initiatives;
    this.inspections = inspections;
    this.runtimeService = runtimeService;
    this.notices = notices;
  }

  // ---- opening a period's reports (planReporting) ----

  /**
   * The period of the plan due first among those it asks for whose reports are not all open and whose due date has
   * not passed.
   */
  @Transactional(readOnly = true)
  public Optional<ReportPeriod> periodLeft(Long planId) {
    PlanView plan = plans.get(planId);
    LocalDate today = BusinessTime.today();
    return java.util.Arrays.stream(ReportPeriod.values())
        .filter(period -> period.dueDate(plan) != null && !period.dueDate(plan).isBefore(today))
        .sorted(java.util.Comparator.comparing((ReportPeriod period) -> period.dueDate(plan)))
        .filter(period -> !unopened(plan, period).isEmpty())
        .findFirst();
  }

  @Transactional(readOnly = true)
  public boolean hasPeriodLeft(Long planId) {
    return periodLeft(planId).isPresent();
  }

  /** When the next period's reports open: 30 days before its due date at 08:00, or now if that has passed. */
  @Transactional(readOnly = true)
  public Date nextOpening(Long planId) {
    PlanView plan = plans.get(planId);
    ReportPeriod period = periodLeft(planId).orElseThrow();
    Instant opening = at(period.dueDate(plan).minusDays(OPEN_DAYS_BEFORE));
    Instant now = ClockUtil.getCurrentTime().toInstant();
    return Date.from(opening.isBefore(now) ? now : opening);
  }

  /**
   * Opens the current period's report for up to {@code batchSize} implementing units that have none yet, each with
   * its {@code periodicReport}; returns whether units remain. The unique (plan, unit, period, year) row makes a
   * retried step open nobody twice.
   */
  public boolean openBatch(Long planId, int batchSize) {
    PlanView plan = plans.get(planId);
    Optional<ReportPeriod> left = periodLeft(planId);
    if (left.isEmpty()) {
      return false;
    }
    ReportPeriod period = left.get();
    List<UnitView> waiting = unopened(plan, period);
    UnitView issuer = units.get(plan.issuingUnitCode());
    Instant now = Instant.now();
    for (UnitView unit : waiting.subList(0, Math.min(batchSize, waiting.size()))) {
      Report report = reports.saveAndFlush(new Report(plan.id(), unit.id(), issuer.id(), period,
          period.fromYear(plan), plan.year(), period.dueDate(plan), now));
      report.started(runtimeService.startProcessInstanceByKey(PeriodicReportProcess.KEY,
          report.title() + " — " + unit.code() + " — KH số " + plan.numberAndSymbol(),
          Map.of(PeriodicReportProcess.VAR_REPORT_ID, report.getId())).getId());
      visibility.grant(report.getProcessInstanceId(), unit.code());
    }
    return waiting.size() > batchSize;
  }

  private List<UnitView> unopened(PlanView plan, ReportPeriod period) {
    Set<Long> opened = reports.findByPlanIdAndPeriodAndPeriodYear(plan.id(), period, plan.year()).stream()
        .map(Report::getUnitId).collect(Collectors.toSet());
    List<UnitView> waiting = new ArrayList<>();
    for (PlanView.Recipient recipient : plan.recipients()) {
      if (recipient.kind() == RecipientKind.IMPLEMENT) {
        UnitView unit = units.get(recipient.unitCode());
        if (!opened.contains(unit.id())) {
          waiting.add(unit);
        }
      }
    }
    return waiting;
  }

  // ---- the report ----

  @Transactional(readOnly = true)
  public ReportView get(Long reportId) {
    Report report = find(reportId);
    PlanView plan = plans.get(report.getPlanId());
    Map<Long, UnitView> byId = units.byIds(List.of(report.getUnitId(), report.getReceivingUnitId()));
    UnitView unit = byId.get(report.getUnitId());
    UnitView receiving = byId.get(report.getReceivingUnitId());
    return new ReportView(report.getId(), plan.id(), plan.numberAndSymbol(), unit.id(), unit.code(), unit.name(),
        receiving.id(), receiving.code(), receiving.name(), report.getProcessInstanceId(), report.getPeriod(), report.title(), report.getFromYear(),
        report.getPeriodYear(),
        report.getDueDate(), report.getStatus(), report.getStatus().label(), report.figures(), report.getNarrative(),
        report.getSubmittedAt(), report.getLate(), report.getReturnComment());
  }

  /**
   * How many people took part in each unit's propaganda sessions over the years, from its accepted reports: per year
   * the largest figure any of that year's reports gives (the annual report repeats the half-year's), summed.
   */
  @Transactional(readOnly = true)
  public Map<Long, Long> participants(java.util.Collection<Long> unitIds, int fromYear, int toYear) {
    Map<Long, Map<Integer, Long>> byUnitAndYear = new java.util.HashMap<>();
    if (!unitIds.isEmpty()) {
      for (Report report : reports.findByUnitIdInAndStatusAndPeriodYearBetween(unitIds, ReportStatus.ACCEPTED,
          fromYear, toYear)) {
        Long value = report.get(Figure.PROPAGANDA_PARTICIPANTS);
        if (value != null) {
          byUnitAndYear.computeIfAbsent(report.getUnitId(), k -> new java.util.HashMap<>())
              .merge(report.getPeriodYear(), value, Math::max);
        }
      }
    }
    Map<Long, Long> totals = new java.util.HashMap<>();
    byUnitAndYear.forEach((unit, years) -> totals.put(unit, years.values().stream().mapToLong(Long::longValue).sum()));
    return totals;
  }

  /** The report with this id, if there is one. */
  @Transactional(readOnly = true)
  public Optional<ReportView> lookup(Long reportId) {
    return reports.existsById(reportId) ? Optional.of(get(reportId)) : Optional.empty();
  }

  /**
   * The report of a unit on a plan for a period, for the API: the unit must implement the plan, the period must
   * exist, and the period's reports must be open.
   */
  @Transactional(readOnly = true)
  public Long reportOf(Long planId, String unitCode, String period) {
    List<String> problems = new ArrayList<>();
    PlanView plan = planId == null ? null : plans.get(planId);
    if (plan == null) {
      problems.add("Hãy cho biết kế hoạch (planId).");
    }
    ReportPeriod parsed = period == null ? null : ReportPeriod.parse(period.strip()).orElse(null);
    if (parsed == null) {
      problems.add("Kỳ báo cáo «" + period + "» không có: " + ReportPeriod.CHOICES + ".");
    } else if (plan != null && parsed.dueDate(plan) == null) {
      problems.add("Kế hoạch số " + plan.numberAndSymbol() + " không yêu cầu " + parsed.label().toLowerCase(
          java.util.Locale.ROOT) + ".");
    }
    Optional<UnitView> unit = unitCode == null ? Optional.empty() : units.find(unitCode.strip());
    if (unit.isEmpty()) {
      problems.add("Không có đơn vị mã «" + unitCode + "».");
    } else if (plan != null && plan.recipients().stream().noneMatch(r -> r.kind() == RecipientKind.IMPLEMENT
        && r.unitCode().equals(unit.get().code()))) {
      problems.add("«" + unit.get().name() + "» không phải đơn vị thực hiện kế hoạch số " + plan.numberAndSymbol()
          + ", nên không báo cáo kế hoạch này.");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("Báo cáo chưa hợp lệ:", problems);
    }
    return reports.findByPlanIdAndUnitIdAndPeriodAndPeriodYear(plan.id(), unit.get().id(), parsed, plan.year())
        .map(Report::getId).orElseThrow(() -> new InvalidInputException("Báo cáo chưa hợp lệ:", List.of(
            parsed.title(parsed.fromYear(plan), plan.year()) + " chưa mở: báo cáo mở 30 ngày trước hạn nộp ngày "
                + BusinessTime.format(parsed.dueDate(plan)) + ".")));
  }

  /** The group of the reporting unit's staff. */
  @Transactional(readOnly = true)
  public String staff(Long reportId) {
    return vn.mttq.sangtao.unit.UnitGroups.staff(units.findById(find(reportId).getUnitId()).orElseThrow().code());
  }

  /** The group of the receiving committee's staff, who review it. */
  @Transactional(readOnly = true)
  public String reviewers(Long reportId) {
    return vn.mttq.sangtao.unit.UnitGroups.staff(
        units.findById(find(reportId).getReceivingUnitId()).orElseThrow().code());
  }

  /**
   * What the system already knows for the unit and period: initiatives submitted, recognised and applied in the
   * unit's subtree, inspections it held; for a committee with reports of its own, the sums of the accepted ones.
   */
  @Transactional(readOnly = true)
  public Prefill prefill(Long reportId) {
    Report report = find(reportId);
    UnitView unit = units.findById(report.getUnitId()).orElseThrow();
    LocalDate from = LocalDate.of(report.getFromYear(), 1, 1);
    LocalDate to = report.getDueDate();
    Set<Long> subtree = units.subtreeIds(unit.code());
    InitiativeService.Counts counts = initiatives.counts(subtree, from, to);
    Map<Figure, Long> figures = new EnumMap<>(Figure.class);
    List<Report> received = reports.findByReceivingUnitIdAndPeriodAndPeriodYearOrderById(unit.id(),
        report.getPeriod(), report.getPeriodYear()).stream().filter(r -> r.getStatus() == ReportStatus.ACCEPTED)
        .toList();
    for (Figure figure : Figure.values()) {
      Long sum = received.stream().map(r -> r.get(figure)).filter(java.util.Objects::nonNull)
          .reduce(Long::sum).orElse(null);
      figures.put(figure, sum);
    }
    figures.merge(Figure.INITIATIVES_SUBMITTED, counts.submitted(), Math::max);
    figures.merge(Figure.INITIATIVES_RECOGNISED, counts.recognised(), Math::max);
    figures.merge(Figure.INITIATIVES_APPLIED, counts.applied(), Math::max);
    figures.merge(Figure.INSPECTIONS_HELD, inspections.countByInspectingUnitIdAndVisitDateBetween(unit.id(), from,
        to), Long::sum);
    long plansIssued = plans.issuedBy(unit.id(), from, to);
    String narrative = "Từ ngày " + BusinessTime.format(from) + " đến ngày " + BusinessTime.format(to) + ", "
        + unit.name() + " đã ban hành " + plansIssued + " kế hoạch thực hiện phong trào."
        + (received.isEmpty() ? "" : " Số liệu gồm báo cáo đã được chấp nhận của " + received.size()
            + " đơn vị trực thuộc.");
    return new Prefill(figures, narrative);
  }

  /** Figures and narrative a report starts with. */
  public record Prefill(Map<Figure, Long> figures, String narrative) {
  }

  /**
   * Saves the unit's report: every figure a whole number not below zero; on time when submitted on or before the due
   * date, business time (07/06 23:59 is on time for "trước ngày 08/6", 08/06 00:00 is late).
   */
  public ReportView submit(Long reportId, Map<String, Object> values, String userId) {
    Report report = find(reportId);
    List<String> problems = new ArrayList<>();
    if (report.getStatus() != ReportStatus.OPEN && report.getStatus() != ReportStatus.RETURNED) {
      problems.add("Báo cáo đang ở trạng thái «" + report.getStatus().label() + "», không nộp lại được.");
    }
    Map<Figure, Long> figures = new EnumMap<>(Figure.class);
    for (Figure figure : Figure.values()) {
      Object value = values.get(figure.field());
      if (value == null || value.toString().isBlank()) {
        figures.put(figure, null);
        continue;
      }
      Long number;
      try {
        number = WholeNumbers.read(value);
      } catch (IllegalArgumentException e) {
        problems.add(figure.label() + " " + e.getMessage());
        continue;
      }
      if (number < 0) {
        problems.add(figure.label() + " không được âm.");
      } else if (number > figure.max()) {
        problems.add(figure.label() + " «" + WholeNumbers.format(number) + "» vượt quá "
            + WholeNumbers.format(figure.max()) + ".");
      } else {
        figures.put(figure, number);
      }
    }
    Object narrative = values.get("narrative");
    if (narrative != null && narrative.toString().length() > 20_000) {
      problems.add("Phần đánh giá dài quá 20.000 ký tự.");
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("Báo cáo chưa hợp lệ:", problems);
    }
    Instant now = ClockUtil.getCurrentTime().toInstant();
    boolean late = now.atZone(BusinessTime.ZONE).toLocalDate().isAfter(report.getDueDate());
    report.submit(figures, narrative == null || narrative.toString().isBlank() ? null : narrative.toString().strip(),
        userId, now, late);
    return get(reportId);
  }

  /** The receiving committee's staff accept the report, or return it with a comment and a new due date. */
  public boolean review(Long reportId, Boolean accept, String comment, Integer newDueDays, String userId) {
    Report report = find(reportId);
    List<String> problems = new ArrayList<>();
    if (report.getStatus() != ReportStatus.SUBMITTED) {
      problems.add("Báo cáo đang ở trạng thái «" + report.getStatus().label() + "», không xem xét được.");
    }
    if (accept == null) {
      problems.add("Hãy chọn chấp nhận hoặc trả lại báo cáo.");
    } else if (!accept) {
      if (comment == null || comment.isBlank()) {
        problems.add("Hãy ghi rõ lý do trả lại và nội dung cần sửa.");
      }
      int days = newDueDays == null ? DEFAULT_RETURN_DAYS : newDueDays;
      if (days < 1 || days > 60) {
        problems.add("Hạn nộp lại phải từ 1 đến 60 ngày.");
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("Chưa xem xét được báo cáo:", problems);
    }
    if (accept) {
      report.accept(userId, Instant.now());
    } else {
      report.returnForCorrection(comment.strip(),
          BusinessTime.today().plusDays(newDueDays == null ? DEFAULT_RETURN_DAYS : newDueDays));
      notices.returned(get(reportId), comment.strip());
    }
    return accept;
  }

  // ---- reminders and escalation (periodicReport's notice timer) ----

  /** The next moment a notice is due after now; far ahead when none is left. */
  @Transactional(readOnly = true)
  public Date nextNoticeAt(Long reportId) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    return Date.from(schedule(find(reportId)).stream().map(Notice::at).filter(at -> at.isAfter(now)).findFirst()
        .orElse(now.plus(java.time.Duration.ofDays(3650))));
  }

  /**
   * The reminders' timer cycle on the report task, worked out again each time it fires
   * ({@code reevaluate-time-cycle-when-due}): it starts at the next notice moment (far ahead when none is left), so
   * each firing schedules the next notice, and completing the task ends it.
   */
  @Transactional(readOnly = true)
  public String noticeCycle(Long reportId) {
    return "R/" + nextNoticeAt(reportId).toInstant() + "/P3650D";
  }

  /**
   * Sends the notice whose moment is the latest one reached: after a stop, only the most recent is sent, once.
   * Nothing is sent for a report no longer open.
   */
  public void sendDueNotice(Long reportId) {
    Report report = find(reportId);
    if (report.getStatus() != ReportStatus.OPEN && report.getStatus() != ReportStatus.RETURNED) {
      return;
    }
    Instant now = ClockUtil.getCurrentTime().toInstant();
    Notice current = null;
    for (Notice notice : schedule(report)) {
      if (!notice.at().isAfter(now)) {
        current = notice;
      }
    }
    if (current != null) {
      notices.send(get(reportId), current.kind(), current.days(), current.key());
    }
  }

  private List<Notice> schedule(Report report) {
    PlanView plan = plans.get(report.getPlanId());
    LocalDate due = report.getDueDate();
    List<Notice> schedule = new ArrayList<>();
    plan.reportReminderDays().stream().sorted(java.util.Comparator.reverseOrder()).distinct()
        .forEach(days -> schedule.add(new Notice(at(due.minusDays(days)), NoticeKind.REMINDER, days, due)));
    schedule.add(new Notice(at(due.plusDays(1)), NoticeKind.ESCALATION, 0, due));
    for (int day = 1; day <= MAX_OVERDUE_REMINDERS; day++) {
      schedule.add(new Notice(at(due.plusDays(1 + day)), NoticeKind.OVERDUE, day, due));
    }
    return schedule;
  }

  static Instant at(LocalDate day) {
    return BusinessTime.at(day, NOTICE_HOUR, 0).toInstant();
  }

  Report find(Long reportId) {
    return reports.findById(reportId).orElseThrow(() -> new NotFoundException("Không có báo cáo số " + reportId + "."));
  }

  /** A moment of the notice schedule; the key makes it sent once per due date. */
  private record Notice(Instant at, NoticeKind kind, int days, LocalDate due) {
    String key() {
      return kind + ":" + due + ":" + days;
    }
  }

  /** Before the due date, the day after it (to the leaders too), and the daily reminders after. */
  enum NoticeKind {
    REMINDER, ESCALATION, OVERDUE
  }
}
