package vn.mttq.sangtao.shared;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.TimeZone;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The movement's business time: Asia/Ho_Chi_Minh, dates shown as dd/MM/yyyy. "Today" follows the engine
 * clock so that tests which move {@link ClockUtil} move business dates too.
 */
public final class BusinessTime {

  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
  public static final DateTimeFormatter DATE_FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private BusinessTime() {
  }

  /** Timer and due-date expressions without an offset are read in the JVM's zone: make it the business zone. */
  public static void useAsDefaultTimeZone() {
    TimeZone.setDefault(TimeZone.getTimeZone(ZONE));
  }

  /** Today by the given clock (the application's {@code Clock}, which follows the engine clock). */
  public static LocalDate today(java.time.Clock clock) {
    return LocalDate.ofInstant(clock.instant(), ZONE);
  }

  public static LocalDate today() {
    Date now = ClockUtil.getCurrentTime();
    return now.toInstant().atZone(ZONE).toLocalDate();
  }

  /** A moment of a business day, e.g. the 17:00 a task is due or the 08:00 a reminder goes out. */
  public static java.util.Date at(LocalDate day, int hour, int minute) {
    return java.util.Date.from(day.atTime(hour, minute).atZone(ZONE).toInstant());
  }

  /** The first moment after a business day: what falls due then is late. */
  public static java.util.Date after(LocalDate day) {
    return java.util.Date.from(day.plusDays(1).atStartOfDay(ZONE).toInstant());
  }

  public static String format(LocalDate date) {
    return date == null ? "" : DATE_FORMAT.format(date);
  }

  /** A moment as people read it: "14:33 ngày 02/12/2026", business time. */
  public static String format(java.time.Instant moment) {
    return moment == null ? "" : DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy").format(moment.atZone(ZONE));
  }
}
