package cn.gov.sixian.reception.calendar;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock of the application: the engine's, in the center's time zone. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

  @Bean
  Clock clock(@Value("${reception.time-zone:Asia/Shanghai}") String timeZone) {
    return new EngineClock(ZoneId.of(timeZone));
  }
}
