package vn.mttq.sangtao.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import vn.mttq.sangtao.shared.BusinessTime;

/**
 * When a report's notices go out, from its due date and the plan's reminder days: a reminder each chosen number of
 * days before the due date, the escalation the day after it (to the leaders too), then one overdue reminder a day, at
 * most {@link #MAX_OVERDUE_REMINDERS}; each at {@link #NOTICE_HOUR}:00 business time. Plain code.
 */
final class ReminderSchedule {

  static final int MAX_OVERDUE_REMINDERS = 5;
  static final int NOTICE_HOUR = 8;

  private final List<Notice> notices;

  private ReminderSchedule(List<Notice> notices) {
    this.notices = List.copyOf(notices);
  }

  static ReminderSchedule of(LocalDate due, List<Integer> reminderDays) {
    List<Notice> notices = new ArrayList<>();
    reminderDays.stream().sorted(Comparator.reverseOrder()).distinct()
        .forEach(days -> notices.add(new Notice(at(due.minusDays(days)), NoticeKind.REMINDER, days, due)));
    notices.add(new Notice(at(due.plusDays(1)), NoticeKind.ESCALATION, 0, due));
    for (int day = 1; day <= MAX_OVERDUE_REMINDERS; day++) {
      notices.add(new Notice(at(due.plusDays(1 + day)), NoticeKind.OVERDUE, day, due));
    }
    return new ReminderSchedule(notices);
  }

  /** Every notice, earliest first. */
  List<Notice> notices() {
    return notices;
  }

  /** The first notice after the moment, if one is left. */
  Optional<Notice> nextAfter(Instant now) {
    return notices.stream().filter(n -> n.at().isAfter(now)).findFirst();
  }

  /** The latest notice whose moment has come: after a stop, only the most recent is sent. */
  Optional<Notice> latestReached(Instant now) {
    Notice current = null;
    for (Notice notice : notices) {
      if (!notice.at().isAfter(now)) {
        current = notice;
      }
    }
    return Optional.ofNullable(current);
  }

  static Instant at(LocalDate day) {
    return BusinessTime.at(day, NOTICE_HOUR, 0).toInstant();
  }

  /** A moment of the schedule; the key makes it sent once per due date. */
  record Notice(Instant at, NoticeKind kind, int days, LocalDate due) {
    String key() {
      return kind + ":" + due + ":" + days;
    }
  }

  /** Before the due date, the day after it (to the leaders too), and the daily reminders after. */
  enum NoticeKind {
    REMINDER, ESCALATION, OVERDUE
  }

  /**
   * The due date of a returned report: the given days from today, but never before the date it was already due on —
   * a return gives time to correct, it never takes away time the plan gave.
   */
  static LocalDate dueAfterReturn(LocalDate dueDate, LocalDate today, int days) {
    LocalDate asked = today.plusDays(days);
    return asked.isBefore(dueDate) ? dueDate : asked;
  }
}
