package vn.mttq.sangtao.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.sangtao.plan.PlanView;
import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.shared.web.InvalidInputException;
import vn.mttq.sangtao.unit.UnitService;
import vn.mttq.sangtao.unit.UnitView;

/**
 * Reports of periods already past, entered from the paper a unit sent, when a year already under way (or over) is
 * brought into the system: kept as accepted and marked as entered late, with the day on the paper deciding whether
 * it came in on time; no process, no reminders. A period still to come is reported through the system.
 */
@Component
@Transactional
class ReportHistory {

  private final ReportRepository reports;
  private final ReportService service;
  private final UnitService units;
  private final Clock clock;

  ReportHistory(ReportRepository reports, ReportService service, UnitService units, Clock clock) {
    this.reports = reports;
    this.service = service;
    this.units = units;
    this.clock = clock;
  }

  /** The caller has been checked as staff of the unit or of the committee that received the report. */
  ReportView enter(ReportService.Target target, Map<String, Object> answers, LocalDate sentOn, String userId) {
    PlanView plan = target.plan();
    UnitView unit = target.unit();
    ReportPeriod period = target.period();
    LocalDate today = BusinessTime.today(clock);
    List<String> problems = new ArrayList<>();
    LocalDate due = period.dueDate(plan);
    if (plan.issuedOn() == null) {
      problems.add("Kế hoạch chưa ban hành, chưa có báo cáo.");
    } else if (!due.isBefore(today)) {
      problems.add(period.title(period.fromYear(plan), plan.year()) + " còn hạn đến "
          + BusinessTime.format(due) + ": đơn vị nộp báo cáo này trong hệ thống, không nhập lại từ văn bản.");
    }
    if (sentOn == null) {
      problems.add("Hãy ghi ngày của văn bản báo cáo đơn vị đã gửi.");
    } else if (sentOn.isAfter(today) || sentOn.isBefore(plan.issuedOn())) {
      problems.add("Ngày của văn bản báo cáo (" + BusinessTime.format(sentOn) + ") phải từ ngày ban hành kế hoạch ("
          + BusinessTime.format(plan.issuedOn()) + ") đến hôm nay.");
    }
    if (reports.findByPlanIdAndUnitIdAndPeriodAndPeriodYear(plan.id(), unit.id(), period, plan.year()).isPresent()) {
      problems.add(period.title(period.fromYear(plan), plan.year()) + " của «" + unit.name() + "» đã có trong hệ"
          + " thống.");
    }
    ReportFigures.Read read = ReportFigures.read(answers);
    problems.addAll(read.problems());
    if (!problems.isEmpty()) {
      throw new InvalidInputException("Chưa nhập được báo cáo:", problems);
    }
    Report report = new Report(plan.id(), unit.id(), units.get(plan.issuingUnitCode()).id(), period,
        period.fromYear(plan), plan.year(), due, clock.instant());
    report.enterFromPaper(read.figures(), read.narrative(), BusinessTime.at(sentOn, 12, 0).toInstant(),
        sentOn.isAfter(due), userId, clock.instant());
    return service.get(reports.saveAndFlush(report).getId());
  }
}
