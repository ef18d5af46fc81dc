package cn.gov.sixian.reception.roster;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A shift of one duty day: the working day's only shift, or one of an all-day period's day.
 *
 * @param date the duty day the shift belongs to (a night shift past midnight stays the evening's)
 * @param hours 「08:00–20:00」; null for a working day's duty, which has no set hours here
 * @param checkInBy check-in after this moment is late
 */
record Shift(LocalDate date, String code, String name, String hours, LocalDateTime starts,
    LocalDateTime ends, LocalDateTime checkInBy) {

  boolean isDayShift() {
    return RosterProperties.DAY_SHIFT.equals(code);
  }
}
