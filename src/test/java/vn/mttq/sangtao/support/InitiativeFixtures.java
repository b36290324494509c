package vn.mttq.sangtao.support;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Initiatives as a council and units left them (recognised, applied, judged by the provincial S&T Council), written
 * straight into the tables for tests of what builds on them; the review itself is tested through its process.
 */
public final class InitiativeFixtures {

  private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

  private final JdbcTemplate jdbc;

  public InitiativeFixtures(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A fresh tracking code, so that fixtures of tests sharing a database never collide. */
  public static String trackingCode() {
    StringBuilder code = new StringBuilder("SK-");
    for (int i = 0; i < 8; i++) {
      if (i == 4) {
        code.append('-');
      }
      code.append(ALPHABET.charAt(ThreadLocalRandom.current().nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /** An initiative with the given status, decided at the given moment; returns its tracking code. */
  public String initiative(String title, String authorKind, String authorNames, String authorUnitCode,
      String receivingUnitCode, String status, ZonedDateTime decidedAt) {
    String code = trackingCode();
    jdbc.update("insert into initiative (tracking_code, title, summary, description, content_area, author_kind,"
        + " author_names, author_unit_id, receiving_unit_id, channel, status, submitted_year, submitted_at,"
        + " decided_at) values (?, ?, ?, ?, 'POLITICAL_SYSTEM', ?, ?, (select id from unit where code = ?),"
        + " (select id from unit where code = ?), 'API', ?, ?, ?, ?)", code, title, "Tóm tắt: " + title,
        "Mô tả: " + title, authorKind, authorNames, authorUnitCode, receivingUnitCode, status,
        decidedAt.minusMonths(2).getYear(), Timestamp.from(decidedAt.minusMonths(2).toInstant()),
        Timestamp.from(decidedAt.toInstant()));
    return code;
  }

  public String recognised(String title, String authorNames, String authorUnitCode, String receivingUnitCode,
      ZonedDateTime decidedAt) {
    return initiative(title, authorNames.contains(",") ? "COLLECTIVE" : "INDIVIDUAL", authorNames, authorUnitCode,
        receivingUnitCode, "RECOGNISED", decidedAt);
  }

  /** A unit applies the initiative from the given day. */
  public void applied(String trackingCode, String unitCode, LocalDate from, String result) {
    jdbc.update("insert into initiative_application (initiative_id, unit_id, applied_from, result, recorded_by,"
        + " recorded_at) values ((select id from initiative where tracking_code = ?), (select id from unit where"
        + " code = ?), ?, ?, 'fixture', current_timestamp)", trackingCode, unitCode, from, result);
  }

  /** The provincial S&T Council's opinion on the initiative. */
  public void stOpinion(String trackingCode, String provinceCode, boolean promising) {
    jdbc.update("insert into st_council_opinion (initiative_id, province_unit_id, proposed_by, proposed_at, promising,"
        + " note, recorded_by, recorded_at) values ((select id from initiative where tracking_code = ?), (select id"
        + " from unit where code = ?), 'fixture', current_timestamp, ?, 'Ý kiến thử', 'fixture', current_timestamp)",
        trackingCode, provinceCode, promising);
  }
}
