package cn.gov.sixian.reception.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * A {@link Clock} that reads the process engine's clock, so that tests moving the engine clock
 * ({@code ClockUtil.setCurrentTime}) move every deadline the application computes as well.
 */
public final class EngineClock extends Clock {

  private final ZoneId zone;

  public EngineClock(ZoneId zone) {
    this.zone = zone;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId newZone) {
    return new EngineClock(newZone);
  }

  @Override
  public Instant instant() {
    return ClockUtil.now().toInstant();
  }
}
