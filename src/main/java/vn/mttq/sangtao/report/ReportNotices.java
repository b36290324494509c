package vn.mttq.sangtao.report;

import org.springframework.stereotype.Component;

import vn.mttq.sangtao.notification.MailNotices;
import vn.mttq.sangtao.notification.NoticeService;
import vn.mttq.sangtao.shared.BusinessTime;
import vn.mttq.sangtao.unit.UnitGroups;

/** The notices of the reporting regime: reminders, the escalation, daily reminders after it, a returned report. */
@Component
class ReportNotices {

  private final NoticeService notices;
  private final MailNotices mail;

  ReportNotices(NoticeService notices, MailNotices mail) {
    this.notices = notices;
    this.mail = mail;
  }

  void send(ReportView report, ReminderSchedule.NoticeKind kind, int days, String key) {
    String due = "Hạn nộp: ngày " + BusinessTime.format(report.dueDate()) + ".";
    String what = Character.toLowerCase(report.periodLabel().charAt(0)) + report.periodLabel().substring(1)
        + " (KH số " + report.planNumber() + ")";
    Long unitId = report.unitId();
    String reference = "report:" + report.id();
    String dedup = reference + ":" + key;
    switch (kind) {
      case REMINDER -> {
        notices.notifyGroup(UnitGroups.staff(report.unitCode()), unitId, "REMINDER",
            "Còn " + days + " ngày để nộp " + what, due, reference, dedup);
        mail.toGroup(UnitGroups.staff(report.unitCode()), "Còn " + days + " ngày để nộp " + what,
            report.subject() + ".\n" + due);
      }
      case ESCALATION -> {
        notices.notifyGroup(UnitGroups.leaders(report.receivingUnitCode()), report.receivingUnitId(),
            "ESCALATION", report.unitName() + " chưa nộp " + what, due, reference, dedup + ":leaders");
        notices.notifyGroup(UnitGroups.staff(report.unitCode()), unitId, "ESCALATION", "Quá hạn nộp " + what, due,
            reference, dedup);
        mail.toGroup(UnitGroups.leaders(report.receivingUnitCode()), report.unitName() + " chưa nộp " + what,
            report.subject() + ".\n" + due);
        mail.toGroup(UnitGroups.staff(report.unitCode()), "Quá hạn nộp " + what, report.subject() + ".\n" + due);
      }
      case OVERDUE -> {
        notices.notifyGroup(UnitGroups.staff(report.unitCode()), unitId, "REMINDER",
            "Nhắc lần " + days + ": đã quá hạn nộp " + what, due, reference, dedup);
        mail.toGroup(UnitGroups.staff(report.unitCode()), "Nhắc lần " + days + ": đã quá hạn nộp " + what,
            report.subject() + ".\n" + due);
      }
    }
  }

  void returned(ReportView report, String comment) {
    notices.notifyGroup(UnitGroups.staff(report.unitCode()), report.unitId(), "RETURNED",
        "Báo cáo bị trả lại: " + report.subject(),
        comment + " Hạn nộp lại: ngày " + BusinessTime.format(report.dueDate()) + ".", "report:" + report.id(),
        "report:" + report.id() + ":returned:" + report.dueDate());
  }
}
