package cn.gov.sixian.reception.statistics;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What a monthly report covers and what it is compared with. A finished month is compared with
 * the whole previous month. The current month is reported up to today (截至) and compared with
 * the same days of the previous month (1–7 December with 1–7 November): its first days against a
 * whole month would always look like a fall.
 */
record ReportMonth(YearMonth month, Period period, Period previous, LocalDate asOf) {

  static ReportMonth of(YearMonth month, LocalDate today) {
    YearMonth before = month.minusMonths(1);
    if (!month.equals(YearMonth.from(today))) {
      return new ReportMonth(month, Period.of(month), Period.of(before), null);
    }
    // 1–31 March is compared with the whole of February
    LocalDate sameDayBefore = before.atDay(Math.min(today.getDayOfMonth(), before.lengthOfMonth()));
    return new ReportMonth(month, new Period(month.atDay(1), today),
        new Period(before.atDay(1), sameDayBefore), today);
  }

  /** The current month, reported up to {@link #asOf()}. */
  boolean inProgress() {
    return asOf != null;
  }
}
