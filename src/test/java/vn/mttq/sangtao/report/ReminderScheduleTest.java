package vn.mttq.sangtao.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.mttq.sangtao.report.ReminderSchedule.Notice;
import vn.mttq.sangtao.report.ReminderSchedule.NoticeKind;

class ReminderScheduleTest {

  static final LocalDate DUE = LocalDate.of(2027, 6, 7);

  /** 08:00 in Hà Nội is 01:00 UTC. */
  static Instant at(String day) {
    return Instant.parse(day + "T01:00:00Z");
  }

  @Test
  void aReturnGivesTimeToCorrectAndNeverShortensTheDeadline() {
    java.time.LocalDate due = java.time.LocalDate.of(2026, 12, 8);
    // returned on 01/12 with 3 days: 04/12 would take four days from the unit, so 08/12 stands
    assertThat(ReminderSchedule.dueAfterReturn(due, java.time.LocalDate.of(2026, 12, 1), 3)).isEqualTo(due);
    // returned on 06/12 with 3 days: 09/12, one day more than before
    assertThat(ReminderSchedule.dueAfterReturn(due, java.time.LocalDate.of(2026, 12, 6), 3))
        .isEqualTo(java.time.LocalDate.of(2026, 12, 9));
    // exactly on the old due date: unchanged
    assertThat(ReminderSchedule.dueAfterReturn(due, java.time.LocalDate.of(2026, 12, 5), 3)).isEqualTo(due);
  }

  @Test
  void remindersBeforeTheDueDateTheEscalationTheDayAfterThenFiveDailyReminders() {
    List<Notice> notices = ReminderSchedule.of(DUE, List.of(3, 7, 3)).notices();

    assertThat(notices).extracting(Notice::at).containsExactly(at("2027-05-31"), at("2027-06-04"),
        at("2027-06-08"), at("2027-06-09"), at("2027-06-10"), at("2027-06-11"), at("2027-06-12"),
        at("2027-06-13"));
    assertThat(notices).extracting(Notice::kind).containsExactly(NoticeKind.REMINDER, NoticeKind.REMINDER,
        NoticeKind.ESCALATION, NoticeKind.OVERDUE, NoticeKind.OVERDUE, NoticeKind.OVERDUE, NoticeKind.OVERDUE,
        NoticeKind.OVERDUE);
    assertThat(notices).extracting(Notice::days).containsExactly(7, 3, 0, 1, 2, 3, 4, 5);
    assertThat(notices.get(0).key()).isEqualTo("REMINDER:2027-06-07:7");
  }

  @Test
  void withoutReminderDaysOnlyTheEscalationAndTheOverdueRemindersRemain() {
    assertThat(ReminderSchedule.of(DUE, List.of()).notices()).extracting(Notice::kind)
        .startsWith(NoticeKind.ESCALATION).hasSize(1 + ReminderSchedule.MAX_OVERDUE_REMINDERS);
  }

  @Test
  void theNextNoticeIsTheFirstOneStrictlyAfterTheMoment() {
    ReminderSchedule schedule = ReminderSchedule.of(DUE, List.of(7, 3));

    assertThat(schedule.nextAfter(at("2027-05-01")).map(Notice::at)).contains(at("2027-05-31"));
    assertThat(schedule.nextAfter(at("2027-05-31")).map(Notice::at)).contains(at("2027-06-04"));
    assertThat(schedule.nextAfter(at("2027-06-13"))).isEmpty();
  }

  @Test
  void afterAStopOnlyTheLatestNoticeReachedIsSent() {
    ReminderSchedule schedule = ReminderSchedule.of(DUE, List.of(7, 3));

    assertThat(schedule.latestReached(at("2027-05-30"))).isEmpty();
    assertThat(schedule.latestReached(at("2027-05-31")).map(Notice::kind)).contains(NoticeKind.REMINDER);
    assertThat(schedule.latestReached(Instant.parse("2027-06-09T12:00:00Z")).map(Notice::key))
        .contains("OVERDUE:2027-06-07:1");
    assertThat(schedule.latestReached(at("2028-01-01")).map(Notice::key)).contains("OVERDUE:2027-06-07:5");
  }
}
