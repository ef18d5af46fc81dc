package cn.gov.sixian.reception.statistics;

import cn.gov.sixian.reception.process.DateBounds;
import cn.gov.sixian.reception.process.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** A range of whole days, both ends included, in the center's time zone. */
record Period(LocalDate from, LocalDate to) {

  /** A longer range is refused: it is not a question a dashboard asks, and it costs. */
  static final int MAX_DAYS = 3 * 366;

  static Period parse(String from, String to) {
    LocalDate start = date(from, "from", "开始日期");
    LocalDate end = date(to, "to", "结束日期");
    if (end.isBefore(start)) {
      throw new InvalidInputException("to", "结束日期不能早于开始日期。");
    }
    if (ChronoUnit.DAYS.between(start, end) >= MAX_DAYS) {
      throw new InvalidInputException("to", "统计期间最长三年，请缩短日期范围。");
    }
    return new Period(start, end);
  }

  static Period month(String month) {
    if (month == null || month.isBlank()) {
      throw new InvalidInputException("month", "请填写月份，格式为yyyy-MM，例如2026-03。");
    }
    YearMonth m;
    try {
      m = YearMonth.parse(month.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("month", "月份格式不正确，应为yyyy-MM，例如2026-03。");
    }
    return of(DateBounds.check(m, "month", "月份"));
  }

  /** The whole month; for a month the application computed itself (the one before a report's). */
  static Period of(YearMonth month) {
    return new Period(month.atDay(1), month.atEndOfMonth());
  }

  private static LocalDate date(String value, String field, String label) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, "请填写" + label + "，格式为yyyy-MM-dd。");
    }
    LocalDate date;
    try {
      date = LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, label + "格式不正确，应为yyyy-MM-dd，例如2026-03-01。");
    }
    return DateBounds.check(date, field, label);
  }

  Instant start(ZoneId zone) {
    return from.atStartOfDay(zone).toInstant();
  }

  /** The first instant after the period. */
  Instant end(ZoneId zone) {
    return to.plusDays(1).atStartOfDay(zone).toInstant();
  }
}
