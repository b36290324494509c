package vn.mttq.sangtao.shared.web;

import java.net.ConnectException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure to reach the database (down, restarting, unreachable: the pool waited its bounded time for a
 * connection) from every other failure, wherever it surfaces: a Spring transaction, the engine, JDBC. Such a request
 * answers 503 with a Vietnamese message to try again; the application recovers by itself once the database is back.
 */
@Component
public class DatabaseOutage {

  public static final String TITLE = "Tạm thời không truy cập được dữ liệu";
  public static final String DETAIL = "Hệ thống tạm thời không kết nối được cơ sở dữ liệu; chưa có gì được ghi."
      + " Hãy thử lại sau ít phút.";
  /** Seconds a client should wait before trying again. */
  public static final int RETRY_AFTER = 30;

  private final DataSource dataSource;

  DatabaseOutage(DataSource dataSource) {
    this.dataSource = dataSource;
    EngineRestErrors.use(this);
  }

  /**
   * Whether the failure comes from the database being out of reach: its causes say so, or it is a failure of data
   * access and the database does not answer now (a connection that broke in the middle of a request may leave
   * nothing but "connection is closed" behind). The look-up waits at most the pool's bounded time.
   */
  public boolean explains(Throwable failure) {
    return causedBy(failure) || (isDataAccess(failure) && !reachable());
  }

  boolean reachable() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(2);
    } catch (SQLException | RuntimeException e) {
      return false;
    }
  }

  static boolean isDataAccess(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof SQLException || cause instanceof org.springframework.dao.DataAccessException
          || cause instanceof org.springframework.transaction.TransactionException
          || cause instanceof org.apache.ibatis.exceptions.PersistenceException
          || cause instanceof jakarta.persistence.PersistenceException
          || cause instanceof org.hibernate.HibernateException
          || cause instanceof org.camunda.bpm.engine.ProcessEnginePersistenceException) {
        return true;
      }
    }
    return false;
  }

  /** Whether the failure, or anything it wraps, is a connection to the database that could not be had. */
  public static boolean causedBy(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
          || cause instanceof ConnectException || cause instanceof CannotCreateTransactionException
          || cause instanceof DataAccessResourceFailureException
          || cause instanceof org.hibernate.exception.JDBCConnectionException) {
        return true;
      }
      // SQL state class 08: connection exception (PostgreSQL, H2 and the standard agree)
      if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
        return true;
      }
    }
    return false;
  }
}
