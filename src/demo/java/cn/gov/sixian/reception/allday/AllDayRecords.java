package cn.gov.sixian.reception.allday;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * A period written as it was, without the director's rules for opening one (periods past are not
 * opened by staff): for the demo data's weeks. Not reachable over HTTP.
 */
@Service
public class AllDayRecords {

  private final JdbcAllDayPeriods store;
  private final AllDayReportProperties properties;

  AllDayRecords(JdbcAllDayPeriods store, AllDayReportProperties properties) {
    this.store = store;
    this.properties = properties;
  }

  public void period(LocalDate from, LocalDate to, String reason, String openedBy, Instant at) {
    store.insert(new AllDayPeriod(UUID.randomUUID().toString(), from, to, reason, openedBy, null,
        null), at);
  }

  /** The time of day the daily report is due. */
  public LocalTime reportAt() {
    return properties.reportAt();
  }
}
