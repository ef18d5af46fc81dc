package cn.gov.sixian.reception.statistics;

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
    try {
      YearMonth m = YearMonth.parse(month.trim());
      return new Period(m.atDay(1), m.atEndOfMonth());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("month", "月份格式不正确，应为yyyy-MM，例如2026-03。");
    }
  }

  private static LocalDate date(String value, String field, String label) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, "请填写" + label + "，格式为yyyy-MM-dd。");
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, label + "格式不正确，应为yyyy-MM-dd，例如2026-03-01。");
    }
  }

  Instant start(ZoneId zone) {
    return from.atStartOfDay(zone).toInstant();
  }

  /** The first instant after the period. */
  Instant end(ZoneId zone) {
    return to.plusDays(1).atStartOfDay(zone).toInstant();
  }

  /** The same number of days just before this period (for the trend). */
  Period previous() {
    long days = ChronoUnit.DAYS.between(from, to) + 1;
    return new Period(from.minusDays(days), from.minusDays(1));
  }
}
