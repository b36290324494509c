package vn.mttq.sangtao.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The one clock of the application, in the business time zone: the engine's clock, which is the system's in
 * production and the one a test moves ({@link ClockUtil}), so that the moments our rules record and the engine's
 * timers agree. Injected as {@link Clock} wherever a moment is taken.
 */
public final class BusinessClock extends Clock {

  private final ZoneId zone;

  public BusinessClock() {
    this(BusinessTime.ZONE);
  }

  private BusinessClock(ZoneId zone) {
    this.zone = zone;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return new BusinessClock(other);
  }

  @Override
  public Instant instant() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
