package cn.gov.sixian.reception.calendar;

import java.time.LocalDate;

/**
 * What the calendar knows about a date.
 *
 * @param name the holiday or make-up day's name, null for ordinary days
 * @param dataAvailable true when the State Council's arrangement for the year is loaded
 * @param provisional true when the year has no arrangement yet and its statutory holidays are
 *     computed from the holiday law: make-up working days are unknown there
 */
public record DayInfo(LocalDate date, DayKind kind, String name, boolean dataAvailable,
    boolean provisional) {

  public boolean workingDay() {
    return kind.working();
  }
}
