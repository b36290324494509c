package vn.mttq.sangtao.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import vn.mttq.sangtao.shared.web.TooManyRequestsException;
import vn.mttq.sangtao.support.SpringTest;

/** The public page's limits, counted in the database as every node counts them (here with 2 and 5 an hour). */
@SpringTest
class PublicRateLimiterTest {

  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  PlatformTransactionManager transactions;

  PublicRateLimiter limiter(Clock clock) {
    return new PublicRateLimiter(2, 5, jdbc, transactions, clock);
  }

  /** A clock the test moves by hand. */
  static final class MovableClock extends Clock {
    Instant now = Instant.parse("2026-05-20T02:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void anAddressThatSubmitsTooOftenIsToldToWaitAndOthersAreNot() {
    PublicRateLimiter limiter = limiter(new MovableClock());
    limiter.submission("10.0.1.1");
    limiter.submission("10.0.1.1");

    assertThatThrownBy(() -> limiter.submission("10.0.1.1")).isInstanceOf(TooManyRequestsException.class)
        .hasMessage("Địa chỉ của bạn đã gửi 2 sáng kiến trong một giờ qua. Hãy thử lại sau.");
    limiter.submission("10.0.1.2");
    limiter.lookup("10.0.1.1");
  }

  @Test
  void twoLimitersOnOneDatabaseCountTheSameRequests() {
    MovableClock clock = new MovableClock();
    PublicRateLimiter onA = limiter(clock);
    PublicRateLimiter onB = limiter(clock);
    onA.submission("10.0.2.1");
    onB.submission("10.0.2.1");

    assertThatThrownBy(() -> onA.submission("10.0.2.1")).isInstanceOf(TooManyRequestsException.class);
    assertThatThrownBy(() -> onB.submission("10.0.2.1")).isInstanceOf(TooManyRequestsException.class);
  }

  @Test
  void anIpv6SubscriberIsCountedByItsNetworkNotByEachAddress() {
    PublicRateLimiter limiter = limiter(new MovableClock());
    limiter.submission("2001:db8:7:1::1");
    limiter.submission("2001:db8:7:1:aaaa::2");

    assertThatThrownBy(() -> limiter.submission("2001:db8:7:1:ffff:ffff:ffff:3"))
        .isInstanceOf(TooManyRequestsException.class);
    assertThatCode(() -> limiter.submission("2001:db8:7:2::1")).doesNotThrowAnyException();
  }

  @Test
  void anHourAfterItsSubmissionsTheAddressMaySubmitAgain() {
    MovableClock clock = new MovableClock();
    PublicRateLimiter limiter = limiter(clock);
    limiter.submission("10.0.3.1");
    limiter.submission("10.0.3.1");

    clock.now = clock.now.plus(Duration.ofMinutes(59));
    assertThatThrownBy(() -> limiter.submission("10.0.3.1")).isInstanceOf(TooManyRequestsException.class);
    clock.now = clock.now.plus(Duration.ofMinutes(2));
    assertThatCode(() -> limiter.submission("10.0.3.1")).doesNotThrowAnyException();
    // the old requests are gone from the table once the window has passed
    assertThat(jdbc.queryForObject("select count(*) from public_request where caller_key = 'submit:10.0.3.1'"
        + " and requested_ms <= ?", Long.class, clock.millis() - Duration.ofHours(1).toMillis())).isZero();
  }
}
