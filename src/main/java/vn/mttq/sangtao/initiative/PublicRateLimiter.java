package vn.mttq.sangtao.initiative;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.mttq.sangtao.shared.web.TooManyRequestsException;

/**
 * Limits what one network address may do on the public page within an hour: submissions and status look-ups are
 * counted apart. In memory: a restart forgives, which is acceptable for abuse control.
 */
@Component
class PublicRateLimiter {

  private static final Duration WINDOW = Duration.ofHours(1);

  private final int submissionsPerHour;
  private final int lookupsPerHour;
  private final Map<String, Deque<Instant>> seen = new ConcurrentHashMap<>();
  private final Clock clock;

  PublicRateLimiter(@Value("${sangtao.public.submissions-per-hour:10}") int submissionsPerHour,
      @Value("${sangtao.public.lookups-per-hour:300}") int lookupsPerHour, Clock clock) {
    this.clock = clock;
    this.submissionsPerHour = submissionsPerHour;
    this.lookupsPerHour = lookupsPerHour;
  }

  void submission(String address) {
    count("submit:" + address, submissionsPerHour,
        "Địa chỉ của bạn đã gửi " + submissionsPerHour + " sáng kiến trong một giờ qua. Hãy thử lại sau.");
  }

  void lookup(String address) {
    count("lookup:" + address, lookupsPerHour, "Bạn đã tra cứu quá nhiều lần trong một giờ qua. Hãy thử lại sau.");
  }

  private void count(String key, int limit, String message) {
    Instant now = clock.instant();
    Deque<Instant> times = seen.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (times) {
      while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
        times.pollFirst();
      }
      if (times.size() >= limit) {
        throw new TooManyRequestsException(message);
      }
      times.addLast(now);
    }
  }
}
