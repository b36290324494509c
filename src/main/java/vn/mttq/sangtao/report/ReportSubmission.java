package vn.mttq.sangtao.report;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.shared.web.InvalidInputException;

/**
 * A unit submits its report: the figures read by {@link ReportFigures}, on time when submitted on or before the due
 * date, business time (07/06 23:59 is on time for "trước ngày 08/6", 08/06 00:00 is late). The figures the system
 * works out at that moment are kept beside the submitted ones.
 */
@Component
@Transactional
class ReportSubmission {

  private final ReportService reports;
  private final ReportPrefill prefills;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  ReportSubmission(ReportService reports, ReportPrefill prefills, Clock clock, ApplicationEventPublisher events) {
    this.events = events;
    this.reports = reports;
    this.prefills = prefills;
    this.clock = clock;
  }

  ReportView submit(Long reportId, Map<String, Object> values, String userId) {
    Report report = reports.find(reportId);
    List<String> problems = new ArrayList<>();
    if (report.getStatus() != ReportStatus.OPEN && report.getStatus() != ReportStatus.RETURNED) {
      problems.add("Báo cáo đang ở trạng thái «" + report.getStatus().label() + "», không nộp lại được.");
    }
    ReportFigures.Read read = ReportFigures.read(values);
    problems.addAll(read.problems());
    if (!problems.isEmpty()) {
      throw new InvalidInputException("Báo cáo chưa hợp lệ:", problems);
    }
    Instant now = clock.instant();
    boolean late = now.atZone(BusinessTime.ZONE).toLocalDate().isAfter(report.getDueDate());
    ReportPrefill.Prefill computed = prefills.of(reportId);
    report.submit(read.figures(), computed.figures(), computed.takenAt(), read.narrative(), userId, now, late);
    events.publishEvent(new ReportSubmitted(reportId, late));
    return reports.get(reportId);
  }
}
