package cn.gov.sixian.reception.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The statutory holidays computed from the holiday law, against published dates and files. */
class StatutoryHolidaysTest {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T01:00:00Z"), ZoneId.of("Asia/Shanghai"));

  /** Every computed day is a day off in the State Council's arrangement, under the same name. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(ints = {2025, 2026})
  void computedDaysAreDaysOffInTheOfficialFile(int year) {
    WorkingDayCalendar official = WorkingDayCalendar.builtIn(CLOCK);
    List<CalendarYear.Holiday> computed = StatutoryHolidays.of(year).holidays();
    assertThat(days(computed)).hasSize(13);
    for (CalendarYear.Holiday h : computed) {
      h.from().datesUntil(h.to().plusDays(1)).forEach(day -> {
        DayInfo info = official.describe(day);
        assertThat(info.kind()).as("%s (%s)", day, h.name()).isEqualTo(DayKind.HOLIDAY);
        assertThat(info.dataAvailable()).isTrue();
        // the files join festivals that share a break: 国庆节、中秋节
        assertThat(info.name()).as("%s", day).contains(h.name());
      });
    }
  }

  @Test
  void the2027HolidaysFollowTheLaw() {
    CalendarYear year = StatutoryHolidays.of(2027);
    assertThat(year.holidays()).containsExactly(
        holiday("元旦", "2027-01-01", "2027-01-01"),
        // 除夕 (Friday 5 February) to 正月初三
        holiday("春节", "2027-02-05", "2027-02-08"),
        holiday("清明节", "2027-04-05", "2027-04-05"),
        holiday("劳动节", "2027-05-01", "2027-05-02"),
        holiday("端午节", "2027-06-09", "2027-06-09"),
        holiday("中秋节", "2027-09-15", "2027-09-15"),
        holiday("国庆节", "2027-10-01", "2027-10-03"));
    assertThat(year.workdays()).isEmpty();
    assertThat(year.source()).contains("暂定", "未含调休安排");
  }

  @Test
  void aMidAutumnFestivalWithinNationalDayIsOneDayOff() {
    // 2028: 八月十五 is 3 October
    List<CalendarYear.Holiday> holidays = StatutoryHolidays.of(2028).holidays();
    assertThat(holidays).contains(
        holiday("国庆节", "2028-10-01", "2028-10-02"), holiday("中秋节、国庆节", "2028-10-03", "2028-10-03"));
    assertThat(days(holidays)).hasSize(12);
  }

  @Test
  void aTwentyNineDayTwelfthMonthEndsOnItsTwentyNinth() {
    // 2025 had no 腊月三十: 除夕 was 腊月廿九, 28 January
    assertThat(StatutoryHolidays.of(2025).holidays())
        .contains(holiday("春节", "2025-01-28", "2025-01-31"));
  }

  /**
   * 正月初一 and 清明 as published (Hong Kong Observatory tables, and the State Council's
   * arrangements until 2026). ICU4J 79.1 is a day off in 2027 and 2030 (new moon close to midnight).
   */
  @ParameterizedTest(name = "{0}: 正月初一 {1}, 清明 {2}")
  @CsvSource({
    "2015, 2015-02-19, 2015-04-05",
    "2016, 2016-02-08, 2016-04-04",
    "2017, 2017-01-28, 2017-04-04",
    "2018, 2018-02-16, 2018-04-05",
    "2019, 2019-02-05, 2019-04-05",
    "2020, 2020-01-25, 2020-04-04",
    "2021, 2021-02-12, 2021-04-04",
    "2022, 2022-02-01, 2022-04-05",
    "2023, 2023-01-22, 2023-04-05",
    "2024, 2024-02-10, 2024-04-04",
    "2025, 2025-01-29, 2025-04-04",
    "2026, 2026-02-17, 2026-04-05",
    "2027, 2027-02-06, 2027-04-05",
    "2028, 2028-01-26, 2028-04-04",
    "2029, 2029-02-13, 2029-04-04",
    "2030, 2030-02-03, 2030-04-05",
    "2031, 2031-01-23, 2031-04-05"
  })
  void lunarNewYearAndQingmingAsPublished(int year, LocalDate newYear, LocalDate qingming) {
    assertThat(StatutoryHolidays.lunarNewYear(year)).isEqualTo(newYear);
    assertThat(StatutoryHolidays.qingming(year)).isEqualTo(qingming);
  }

  @Test
  void onlyYearsUnderTheRevisedLawAreComputed() {
    assertThat(StatutoryHolidays.computable(2024)).isFalse();
    assertThat(StatutoryHolidays.computable(2025)).isTrue();
  }

  static CalendarYear.Holiday holiday(String name, String from, String to) {
    return new CalendarYear.Holiday(name, LocalDate.parse(from), LocalDate.parse(to));
  }

  static List<LocalDate> days(List<CalendarYear.Holiday> holidays) {
    return holidays.stream().flatMap(h -> h.from().datesUntil(h.to().plusDays(1))).distinct().toList();
  }
}
