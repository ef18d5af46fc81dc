package cn.gov.sixian.reception.calendar;

import com.tyme.lunar.LunarDay;
import com.tyme.solar.SolarDay;
import com.tyme.solar.SolarTerm;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The statutory holidays of a year as the holiday law fixes them (全国年节及纪念日放假办法, as revised
 * in 2024, in force from 2025): 元旦 1 January; 春节 除夕 to 正月初三; 清明节 the day of the solar term
 * 清明; 劳动节 1–2 May; 端午节 五月初五; 中秋节 八月十五; 国庆节 1–3 October.
 *
 * <p>The lunar dates and the solar term come from tyme4j, whose astronomy (寿星天文历) agrees with
 * the published tables; ICU4J's ChineseCalendar (79.1) puts 2027's 正月初一 a day late. What the
 * law cannot tell are the State Council's make-up working days (调休上班) and bridged days: a year
 * computed here is provisional until its official file replaces it.
 */
final class StatutoryHolidays {

  /** The first year under the 2024 revision. */
  static final int FIRST_YEAR = 2025;
  /** The last year the lunar calendar library computes. */
  static final int LAST_YEAR = 9999;

  static final String SOURCE = "依据《全国年节及纪念日放假办法》（2024年修订）推算的暂定日历："
      + "仅含法定节假日，未含调休安排";

  private StatutoryHolidays() {}

  static boolean computable(int year) {
    return year >= FIRST_YEAR && year <= LAST_YEAR;
  }

  /** The year's statutory days off, with no make-up working days. */
  static CalendarYear of(int year) {
    if (!computable(year)) {
      throw new IllegalArgumentException("No statutory holidays computed for " + year);
    }
    // one name per date, in the law's order; 中秋节 can fall within 国庆节 (2028: 3 October)
    Map<LocalDate, Set<String>> days = new TreeMap<>();
    add(days, "元旦", LocalDate.of(year, 1, 1), 1);
    add(days, "春节", lunarNewYear(year).minusDays(1), 4); // 除夕 is the eve of 正月初一
    add(days, "清明节", qingming(year), 1);
    add(days, "劳动节", LocalDate.of(year, 5, 1), 2);
    add(days, "端午节", date(LunarDay.fromYmd(year, 5, 5).getSolarDay()), 1);
    add(days, "中秋节", date(LunarDay.fromYmd(year, 8, 15).getSolarDay()), 1);
    add(days, "国庆节", LocalDate.of(year, 10, 1), 3);
    return new CalendarYear(year, SOURCE, ranges(days), List.of());
  }

  /** 正月初一 of the lunar year that begins in {@code year}. */
  static LocalDate lunarNewYear(int year) {
    return date(LunarDay.fromYmd(year, 1, 1).getSolarDay());
  }

  /** The day (China time) the sun reaches 15° ecliptic longitude, the solar term 清明. */
  static LocalDate qingming(int year) {
    return date(SolarTerm.fromName(year, "清明").getSolarDay());
  }

  private static void add(Map<LocalDate, Set<String>> days, String name, LocalDate first, int count) {
    for (int i = 0; i < count; i++) {
      days.computeIfAbsent(first.plusDays(i), d -> new LinkedHashSet<>()).add(name);
    }
  }

  /** Consecutive days of the same holiday become one range, as in the official files. */
  private static List<CalendarYear.Holiday> ranges(Map<LocalDate, Set<String>> days) {
    List<CalendarYear.Holiday> holidays = new ArrayList<>();
    days.forEach((date, names) -> {
      String name = String.join("、", names);
      int last = holidays.size() - 1;
      if (last >= 0 && holidays.get(last).name().equals(name)
          && holidays.get(last).to().plusDays(1).equals(date)) {
        holidays.set(last, new CalendarYear.Holiday(name, holidays.get(last).from(), date));
      } else {
        holidays.add(new CalendarYear.Holiday(name, date, date));
      }
    });
    return holidays;
  }

  private static LocalDate date(SolarDay day) {
    return LocalDate.of(day.getYear(), day.getMonth(), day.getDay());
  }
}
