package vn.mttq.sangtao.initiative;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.mttq.sangtao.shared.web.TooManyRequestsException;

/**
 * Limits what one network address may do on the public page within an hour: submissions and status look-ups are
 * counted apart. The counts live in the database ({@code public_caller}, {@code public_request}), so that every node
 * counts the same requests: the caller's row is locked while its request is counted, two nodes never both let the
 * last allowed request through. An IPv6 caller is counted by its /64 network, which one subscriber holds whole.
 * Counted in a transaction of its own: a refused or failed request still counts, nothing else rolls it back.
 */
@Component
class PublicRateLimiter {

  private static final Logger LOG = LoggerFactory.getLogger(PublicRateLimiter.class);
  private static final Duration WINDOW = Duration.ofHours(1);
  private static final Duration CLEAN_EVERY = Duration.ofMinutes(1);

  private final int submissionsPerHour;
  private final int lookupsPerHour;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;
  private final Clock clock;
  private volatile long lastCleanup;

  PublicRateLimiter(@Value("${sangtao.public.submissions-per-hour:10}") int submissionsPerHour,
      @Value("${sangtao.public.lookups-per-hour:300}") int lookupsPerHour, JdbcTemplate jdbc,
      PlatformTransactionManager transactions, Clock clock) {
    this.submissionsPerHour = submissionsPerHour;
    this.lookupsPerHour = lookupsPerHour;
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  void submission(String address) {
    count("submit:" + caller(address), submissionsPerHour,
        "Địa chỉ của bạn đã gửi " + submissionsPerHour + " sáng kiến trong một giờ qua. Hãy thử lại sau.");
  }

  void lookup(String address) {
    count("lookup:" + caller(address), lookupsPerHour,
        "Bạn đã tra cứu quá nhiều lần trong một giờ qua. Hãy thử lại sau.");
  }

  private void count(String key, int limit, String message) {
    boolean allowed;
    try {
      allowed = ownTransaction.execute(status -> countLocked(key, limit));
    } catch (DuplicateKeyException firstRequestOnTwoNodesAtOnce) {
      // the other node made the caller's row meanwhile: counted again, now behind its lock
      allowed = ownTransaction.execute(status -> countLocked(key, limit));
    }
    forgetOldRequests();
    if (!allowed) {
      throw new TooManyRequestsException(message);
    }
  }

  private boolean countLocked(String key, int limit) {
    long now = clock.millis();
    long windowStart = now - WINDOW.toMillis();
    if (jdbc.update("update public_caller set last_request_ms = ? where caller_key = ?", now, key) == 0) {
      jdbc.update("insert into public_caller (caller_key, last_request_ms) values (?, ?)", key, now);
    }
    // the caller's row is locked until commit: its requests are counted one at a time, on every node
    Long counted = jdbc.queryForObject(
        "select count(*) from public_request where caller_key = ? and requested_ms > ?", Long.class, key, windowStart);
    if (counted != null && counted >= limit) {
      return false;
    }
    jdbc.update("insert into public_request (caller_key, requested_ms) values (?, ?)", key, now);
    return true;
  }

  /**
   * Once a minute on each node, the requests older than the window are deleted and the callers with none left are
   * forgotten, in a transaction of their own; when two nodes clean at once and one gives way, the next minute cleans.
   */
  private void forgetOldRequests() {
    long now = clock.millis();
    if (now - lastCleanup < CLEAN_EVERY.toMillis()) {
      return;
    }
    lastCleanup = now;
    long windowStart = now - WINDOW.toMillis();
    try {
      ownTransaction.executeWithoutResult(status -> {
        jdbc.update("delete from public_request where requested_ms <= ?", windowStart);
        jdbc.update("delete from public_caller where last_request_ms <= ?", windowStart);
      });
    } catch (DataAccessException otherNodeCleaning) {
      LOG.debug("Public limits not cleaned this time: {}", otherNodeCleaning.getMessage());
    }
  }

  /** The address counted: an IPv4 address whole, an IPv6 address by its /64 network. */
  static String caller(String address) {
    if (address == null || !address.contains(":")) {
      return String.valueOf(address);
    }
    try {
      InetAddress parsed = InetAddress.getByName(address.replaceAll("^\\[|\\]$|%.*$", ""));
      if (parsed instanceof Inet6Address) {
        byte[] bytes = parsed.getAddress();
        StringBuilder network = new StringBuilder();
        for (int i = 0; i < 8; i += 2) {
          network.append(String.format("%02x%02x:", bytes[i], bytes[i + 1]));
        }
        return network.append(":/64").toString();
      }
      return parsed.getHostAddress();
    } catch (UnknownHostException notAnAddress) {
      return address;
    }
  }
}
