package cn.gov.sixian.reception.process;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The years a date given by staff or a caller may fall in. Anything outside is a typing error
 * (0000-01, 20260-03-01) or a probe, and far-off dates cost: the working-day calendar and the
 * statistics walk the days between them.
 */
public final class DateBounds {

  public static final int FIRST_YEAR = 2000;
  public static final int LAST_YEAR = 2100;

  private DateBounds() {}

  /** The date, or a 400 naming the field when its year is outside the bounds. */
  public static LocalDate check(LocalDate date, String field, String label) {
    if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
      throw outside(field, label);
    }
    return date;
  }

  /** The month, or a 400 naming the field when its year is outside the bounds. */
  public static YearMonth check(YearMonth month, String field, String label) {
    if (month.getYear() < FIRST_YEAR || month.getYear() > LAST_YEAR) {
      throw outside(field, label);
    }
    return month;
  }

  private static InvalidInputException outside(String field, String label) {
    return new InvalidInputException(
        field, "「" + label + "」须在" + FIRST_YEAR + "年到" + LAST_YEAR + "年之间。");
  }
}
