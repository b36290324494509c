package vn.mttq.sangtao.initiative;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import vn.mttq.sangtao.shared.web.TooManyRequestsException;

class PublicRateLimiterTest {

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
    PublicRateLimiter limiter = new PublicRateLimiter(2, 5, new MovableClock());
    limiter.submission("10.0.0.1");
    limiter.submission("10.0.0.1");

    assertThatThrownBy(() -> limiter.submission("10.0.0.1")).isInstanceOf(TooManyRequestsException.class)
        .hasMessage("Địa chỉ của bạn đã gửi 2 sáng kiến trong một giờ qua. Hãy thử lại sau.");
    limiter.submission("10.0.0.2");
    limiter.lookup("10.0.0.1");
  }

  @Test
  void anHourAfterItsSubmissionsTheAddressMaySubmitAgain() {
    MovableClock clock = new MovableClock();
    PublicRateLimiter limiter = new PublicRateLimiter(2, 5, clock);
    limiter.submission("10.0.0.1");
    limiter.submission("10.0.0.1");

    clock.now = clock.now.plus(Duration.ofMinutes(59));
    assertThatThrownBy(() -> limiter.submission("10.0.0.1")).isInstanceOf(TooManyRequestsException.class);
    clock.now = clock.now.plus(Duration.ofMinutes(2));
    assertThatCode(() -> limiter.submission("10.0.0.1")).doesNotThrowAnyException();
  }
}
