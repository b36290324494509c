package vn.mttq.sangtao.initiative;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import vn.mttq.sangtao.shared.web.TooManyRequestsException;

class PublicRateLimiterTest {

  @Test
  void anAddressThatSubmitsTooOftenIsToldToWaitAndOthersAreNot() {
    PublicRateLimiter limiter = new PublicRateLimiter(2, 5);
    limiter.submission("10.0.0.1");
    limiter.submission("10.0.0.1");

    assertThatThrownBy(() -> limiter.submission("10.0.0.1")).isInstanceOf(TooManyRequestsException.class)
        .hasMessage("Địa chỉ của bạn đã gửi 2 sáng kiến trong một giờ qua. Hãy thử lại sau.");
    limiter.submission("10.0.0.2");
    limiter.lookup("10.0.0.1");
  }
}
