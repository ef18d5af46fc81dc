package cn.gov.sixian.reception.roster;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the duty roster ({@code reception.roster.*}).
 *
 * @param checkInBy the person on duty checks in by this time (default 09:00); later is late, and
 *     with no check-in by then the deputy director is told
 */
@ConfigurationProperties(prefix = "reception.roster")
public record RosterProperties(LocalTime checkInBy) {

  public RosterProperties {
    if (checkInBy == null) {
      checkInBy = LocalTime.of(9, 0);
    }
  }
}
