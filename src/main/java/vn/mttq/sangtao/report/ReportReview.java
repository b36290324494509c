package vn.mttq.sangtao.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.shared.web.InvalidInputException;

/**
 * The receiving committee's staff accept a submitted report, or return it with what to correct and a number of days
 * to send it again (default {@link #DEFAULT_RETURN_DAYS}, 1 to {@link #MAX_RETURN_DAYS}).
 */
@Component
@Transactional
class ReportReview {

  static final int DEFAULT_RETURN_DAYS = 7;
  static final int MAX_RETURN_DAYS = 60;

  private final ReportService reports;
  private final ReportNotices notices;
  private final Clock clock;

  ReportReview(ReportService reports, ReportNotices notices, Clock clock) {
    this.reports = reports;
    this.notices = notices;
    this.clock = clock;
  }

  /** Returns whether the report was accepted. */
  boolean review(Long reportId, Boolean accept, String comment, Integer newDueDays, String userId) {
    Report report = reports.find(reportId);
    List<String> problems = new ArrayList<>();
    if (report.getStatus() != ReportStatus.SUBMITTED) {
      problems.add("Báo cáo đang ở trạng thái «" + report.getStatus().label() + "», không xem xét được.");
    }
    int days = newDueDays == null ? DEFAULT_RETURN_DAYS : newDueDays;
    if (accept == null) {
      problems.add("Hãy chọn chấp nhận hoặc trả lại báo cáo.");
    } else if (!accept) {
      if (comment == null || comment.isBlank()) {
        problems.add("Hãy ghi rõ lý do trả lại và nội dung cần sửa.");
      }
      if (days < 1 || days > MAX_RETURN_DAYS) {
        problems.add("Hạn nộp lại phải từ 1 đến " + MAX_RETURN_DAYS + " ngày.");
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException("Chưa xem xét được báo cáo:", problems);
    }
    if (accept) {
      report.accept(userId, clock.instant());
    } else {
      LocalDate today = BusinessTime.today(clock);
      report.returnForCorrection(comment.strip(), ReminderSchedule.dueAfterReturn(report.getDueDate(), today, days));
      notices.returned(reports.get(reportId), comment.strip());
    }
    return accept;
  }
}
