package cn.gov.sixian.reception.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * One year of the State Council's holiday arrangement, as kept in {@code calendar/<year>.json}:
 * holidays as date ranges (days off) and make-up working days (调休上班, often a weekend day).
 */
record CalendarYear(int year, String source, List<Holiday> holidays, List<Workday> workdays) {

  CalendarYear {
    holidays = holidays == null ? List.of() : List.copyOf(holidays);
    workdays = workdays == null ? List.of() : List.copyOf(workdays);
    for (Holiday h : holidays) {
      if (h.to().isBefore(h.from()) || h.from().getYear() != year || h.to().getYear() != year) {
        throw new IllegalArgumentException(
            "Holiday " + h.name() + " " + h.from() + ".." + h.to() + " is not a range in " + year);
      }
    }
    for (Workday w : workdays) {
      if (w.date().getYear() != year) {
        throw new IllegalArgumentException("Make-up working day " + w.date() + " is not in " + year);
      }
    }
  }

  /** Days off from {@code from} to {@code to}, both included. */
  record Holiday(String name, LocalDate from, LocalDate to) {}

  /** A make-up working day. */
  record Workday(String name, LocalDate date) {}
}
