package vn.mttq.sangtao.support;

import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;

/** Plans and reports as units left them in past years, written straight into the tables for assessment tests. */
public final class PlanFixtures {

  private final JdbcTemplate jdbc;

  public PlanFixtures(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A plan for the movement the unit issued (or recorded) on the given day; returns its id. */
  public Long issuedPlan(String unitCode, LocalDate issuedOn, String title) {
    jdbc.update("insert into plan (issuing_unit_id, status, plan_year, symbol, issued_on, title, half_year_report_due,"
        + " annual_report_due, implementation_days, created_at, updated_at) values ((select id from unit where code"
        + " = ?), 'ISSUED', ?, 'KH-MTTQ-BTT', ?, ?, ?, ?, 15, current_timestamp, current_timestamp)", unitCode,
        issuedOn.getYear(), issuedOn, title, LocalDate.of(issuedOn.getYear(), 6, 7),
        LocalDate.of(issuedOn.getYear(), 11, 12));
    return jdbc.queryForObject("select max(id) from plan", Long.class);
  }

  /** A unit's annual report on a plan, accepted, giving how many people took part. */
  public void acceptedAnnualReport(Long planId, String unitCode, String receivingCode, int year, long participants) {
    jdbc.update("insert into report (plan_id, unit_id, receiving_unit_id, period, period_year, from_year, due_date,"
        + " status, propaganda_participants, submitted_at, late, accepted_at, opened_at) values (?, (select id from"
        + " unit where code = ?), (select id from unit where code = ?), 'ANNUAL', ?, ?, ?, 'ACCEPTED', ?,"
        + " current_timestamp, false, current_timestamp, current_timestamp)", planId, unitCode, receivingCode, year,
        year, LocalDate.of(year, 11, 12), participants);
  }

  /** Gives a fixture plan its number, as issuing it would ("33/KH-MTTQ-BTT"). */
  public void numbered(Long planId, int number) {
    jdbc.update("update plan set plan_number = ? where id = ?", number, planId);
  }

  /**
   * A unit's report on a plan for a period, where it stands: OPEN or RETURNED (not yet in), SUBMITTED or ACCEPTED (in,
   * late or not); returns its id.
   */
  public Long report(Long planId, String unitCode, String receivingCode, String period, int year, LocalDate due,
      String status, boolean late) {
    boolean in = status.equals("SUBMITTED") || status.equals("ACCEPTED");
    jdbc.update("insert into report (plan_id, unit_id, receiving_unit_id, period, period_year, from_year, due_date,"
        + " status, submitted_at, late, opened_at) values (?, (select id from unit where code = ?), (select id from"
        + " unit where code = ?), ?, ?, ?, ?, ?, ?, ?, current_timestamp)", planId, unitCode, receivingCode, period,
        year, year, due, status, in ? java.sql.Timestamp.from(due.atStartOfDay().toInstant(java.time.ZoneOffset.UTC))
            : null, in ? late : null);
    return jdbc.queryForObject("select max(id) from report", Long.class);
  }
}
