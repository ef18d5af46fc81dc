package cn.gov.sixian.reception.allday;

import java.time.LocalDate;

/**
 * A period of all-day reception (全天候联合接访).
 *
 * @param closedOn the day it was closed early, null while not closed: from that day on it no
 *     longer covers anything
 */
public record AllDayPeriod(String id, LocalDate from, LocalDate to, String reason, String openedBy,
    LocalDate closedOn, String closedBy) {

  public boolean covers(LocalDate date) {
    return !date.isBefore(from) && !date.isAfter(to) && (closedOn == null || date.isBefore(closedOn));
  }

  /** The last day it covers, null when closed before it began. */
  LocalDate lastDay() {
    LocalDate last = closedOn == null || closedOn.isAfter(to) ? to : closedOn.minusDays(1);
    return last.isBefore(from) ? null : last;
  }
}
