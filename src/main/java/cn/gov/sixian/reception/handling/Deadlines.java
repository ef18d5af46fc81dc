package cn.gov.sixian.reception.handling;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;

/** Deadlines fall at the end of a day in the center's time zone, counted in calendar days. */
final class Deadlines {

  private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

  private final Clock clock;

  Deadlines(Clock clock) {
    this.clock = clock;
  }

  /** The end of the day that lies {@code days} days after today. */
  Date daysFromToday(int days) {
    return endOf(LocalDate.now(clock).plusDays(days));
  }

  /** The end of the day that lies {@code days} days after the day of {@code deadline}. */
  Date daysAfter(Date deadline, int days) {
    return endOf(toLocalDate(deadline).plusDays(days));
  }

  String text(Date date) {
    return CHINESE_DATE.format(toLocalDate(date));
  }

  String today() {
    return CHINESE_DATE.format(LocalDate.now(clock));
  }

  Date now() {
    return Date.from(clock.instant());
  }

  private LocalDate toLocalDate(Date date) {
    return date.toInstant().atZone(clock.getZone()).toLocalDate();
  }

  private Date endOf(LocalDate day) {
    return Date.from(day.atTime(LocalTime.of(23, 59, 59)).atZone(clock.getZone()).toInstant());
  }
}
