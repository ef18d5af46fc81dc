package cn.gov.sixian.reception.demo;

import cn.gov.sixian.reception.allday.AllDayRecords;
import cn.gov.sixian.reception.allday.AllDayReports;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * One past all-day reception period of the demo weeks, a week ending two weeks before the last
 * demo day, opened by the director. Written before the cases, so its group visits and repeat
 * petitions are told at once as they would be; its daily reports are written on the generator's
 * timeline at the report hour of each day, so each shows that day as it was.
 */
final class DemoAllDay {

  static final String REASON = "重大活动期间";
  static final int DAYS = 7;

  private final AllDayRecords records;
  private final AllDayReports reports;
  private final ZoneId zone;

  DemoAllDay(AllDayRecords records, AllDayReports reports, ZoneId zone) {
    this.records = records;
    this.reports = reports;
    this.zone = zone;
  }

  /** Writes the period and returns the moments of its daily reports for the generator. */
  List<DemoDataGenerator.Moment> write(LocalDate lastDay) {
    LocalDate to = lastDay.minusWeeks(2);
    LocalDate from = to.minusDays(DAYS - 1);
    records.period(from, to, REASON, "zhuren", from.minusDays(3).atTime(10, 0).atZone(zone).toInstant());
    List<DemoDataGenerator.Moment> moments = new ArrayList<>();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      moments.add(new DemoDataGenerator.Moment(
          day.atTime(records.reportAt()).atZone(zone).toInstant(), reports::reportIfDue));
    }
    return moments;
  }
}
