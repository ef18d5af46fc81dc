package cn.gov.sixian.reception.calendar;

import java.time.LocalDate;

/**
 * What the calendar knows about a date.
 *
 * @param name the holiday or make-up day's name, null for ordinary days
 * @param dataAvailable false when the year has no holiday data and only weekends count
 */
public record DayInfo(LocalDate date, DayKind kind, String name, boolean dataAvailable) {

  public boolean workingDay() {
    return kind.working();
  }
}
