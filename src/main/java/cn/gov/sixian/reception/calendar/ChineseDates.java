package cn.gov.sixian.reception.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as written in Chinese notices: 2026年3月2日. */
public final class ChineseDates {

  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy年M月d日");

  private ChineseDates() {}

  public static String format(LocalDate date) {
    return FORMAT.format(date);
  }
}
