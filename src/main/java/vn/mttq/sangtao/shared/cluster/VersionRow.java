package vn.mttq.sangtao.shared.cluster;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A one-row version table ({@code id = 1}, {@code version}) that tells every node its copy in memory of something
 * shared is stale: raised in the transaction that changes the shared thing, read by each node to compare with the
 * version its copy holds. The row stays locked from the raise until that transaction ends, so versions become
 * visible in their order: a node that reads version n has seen every change up to n committed.
 */
public final class VersionRow {

  private final JdbcTemplate jdbc;
  private final String raise;
  private final String read;

  /** The version row of {@code table}, a table of our migrations (a fixed name, never a caller's text). */
  public VersionRow(JdbcTemplate jdbc, String table) {
    if (!table.matches("[a-z_]+")) {
      throw new IllegalArgumentException("Not a version table: " + table);
    }
    this.jdbc = jdbc;
    this.raise = "update " + table + " set version = version + 1 where id = 1";
    this.read = "select version from " + table + " where id = 1";
  }

  /** Raises the version in the current transaction and returns the new one. */
  public long raise() {
    jdbc.update(raise);
    return read();
  }

  /** The version as this transaction sees it. */
  public long read() {
    Long version = jdbc.queryForObject(read, Long.class);
    return version == null ? 0 : version;
  }
}
