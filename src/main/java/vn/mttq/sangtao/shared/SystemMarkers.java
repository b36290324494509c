package vn.mttq.sangtao.shared;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Records one-off start-up work as done, so that a restart does not do it again. */
@Component
public class SystemMarkers {

  private final JdbcTemplate jdbc;
  private final Clock clock;

  SystemMarkers(JdbcTemplate jdbc, Clock clock) {
    this.clock = clock;
    this.jdbc = jdbc;
  }

  public boolean isSet(String name) {
    Integer count = jdbc.queryForObject("select count(*) from system_marker where name = ?", Integer.class, name);
    return count != null && count > 0;
  }

  /** Sets the marker; false when another start set it first. */
  public boolean set(String name) {
    try {
      jdbc.update("insert into system_marker (name, created_at) values (?, ?)", name, Timestamp.from(clock.instant()));
      return true;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }
}
