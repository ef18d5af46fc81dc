package cn.gov.sixian.reception.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The working-day calendar over the 2025 and 2026 arrangements and beyond them. */
class WorkingDayCalendarTest {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T01:00:00Z"), ZONE);
  final WorkingDayCalendar calendar = WorkingDayCalendar.builtIn(CLOCK);

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "2025-01-01, HOLIDAY,         元旦",
    "2025-01-26, MAKE_UP_WORKDAY, 春节调休上班",
    "2025-01-28, HOLIDAY,         春节",
    "2025-02-04, HOLIDAY,         春节",
    "2025-02-05, WORKDAY,",
    "2025-02-08, MAKE_UP_WORKDAY, 春节调休上班",
    "2025-04-04, HOLIDAY,         清明节",
    "2025-04-27, MAKE_UP_WORKDAY, 劳动节调休上班",
    "2025-05-05, HOLIDAY,         劳动节",
    "2025-05-31, HOLIDAY,         端午节",
    "2025-06-02, HOLIDAY,         端午节",
    "2025-09-28, MAKE_UP_WORKDAY, 国庆节、中秋节调休上班",
    "2025-10-08, HOLIDAY,         国庆节、中秋节",
    "2025-10-11, MAKE_UP_WORKDAY, 国庆节、中秋节调休上班",
    "2025-10-12, WEEKEND,",
    "2025-12-31, WORKDAY,",
    "2026-01-01, HOLIDAY,         元旦",
    "2026-01-03, HOLIDAY,         元旦",
    "2026-01-04, MAKE_UP_WORKDAY, 元旦调休上班",
    "2026-02-14, MAKE_UP_WORKDAY, 春节调休上班",
    "2026-02-23, HOLIDAY,         春节",
    "2026-02-24, WORKDAY,",
    "2026-02-28, MAKE_UP_WORKDAY, 春节调休上班",
    "2026-05-09, MAKE_UP_WORKDAY, 劳动节调休上班",
    "2026-06-19, HOLIDAY,         端午节",
    "2026-09-20, MAKE_UP_WORKDAY, 国庆节调休上班",
    "2026-09-25, HOLIDAY,         中秋节",
    "2026-10-08, WORKDAY,",
    "2026-10-10, MAKE_UP_WORKDAY, 国庆节调休上班",
    "2026-11-28, WEEKEND,"
  })
  void knowsEachKindOfDay(LocalDate date, DayKind kind, String name) {
    DayInfo day = calendar.describe(date);
    assertThat(day.kind()).isEqualTo(kind);
    assertThat(day.name()).isEqualTo(name);
    assertThat(day.dataAvailable()).isTrue();
    assertThat(calendar.isWorkingDay(date)).isEqualTo(kind.working());
  }

  @ParameterizedTest(name = "{0} + {1} working days = {2}")
  @CsvSource({
    "2026-03-02, 0, 2026-03-02",
    "2026-03-06, 1, 2026-03-09", // Friday: the weekend does not count
    "2025-09-30, 3, 2025-10-11", // over the 2025 National Day week onto a make-up Saturday
    "2026-09-30, 1, 2026-10-08",
    "2026-09-30, 3, 2026-10-10",
    "2026-02-13, 1, 2026-02-14", // make-up Saturday before the Spring Festival
    "2026-02-13, 2, 2026-02-24",
    "2026-04-03, 1, 2026-04-07",
    "2026-06-18, 3, 2026-06-24",
    "2025-12-30, 3, 2026-01-05", // across the year boundary and New Year's make-up Sunday
    "2026-12-30, 3, 2027-01-05", // into 2027, provisional: 元旦 is off all the same
    "2027-02-04, 1, 2027-02-09", // over the computed Spring Festival, 除夕 to 初三 (5–8 February)
    "2027-04-02, 1, 2027-04-06"  // 清明 2027 is Monday 5 April
  })
  void countsWorkingDaysAfterTheDayOfReceipt(LocalDate from, int days, LocalDate deadline) {
    assertThat(calendar.addWorkingDays(from, days)).isEqualTo(deadline);
  }

  @ParameterizedTest(name = "working days in ({0}, {1}] = {2}")
  @CsvSource({
    "2026-09-30, 2026-10-10, 3",
    "2025-12-31, 2026-01-05, 2",
    "2026-03-02, 2026-03-02, 0",
    "2026-03-09, 2026-03-02, -5",
    "2026-02-13, 2026-02-28, 6"  // two make-up Saturdays and four weekdays after the festival
  })
  void countsWorkingDaysBetweenDates(LocalDate from, LocalDate to, int count) {
    assertThat(calendar.workingDaysBetween(from, to)).isEqualTo(count);
  }

  @ParameterizedTest(name = "{0} + {1} days ends {2}")
  @CsvSource({
    "2026-03-02, 60, 2026-05-06", // 1 May is a holiday: the next working day
    "2026-09-16, 15, 2026-10-08",
    "2026-03-06, 1,  2026-03-09",
    "2026-03-02, 15, 2026-03-17",
    "2026-12-08, 60, 2027-02-09"  // 6 February is 正月初一 in a provisional year: off until the 9th
  })
  void naturalDayLimitsEndOnAWorkingDay(LocalDate from, int days, LocalDate end) {
    Instant moment = ZonedDateTime.of(from, LocalTime.of(10, 0), ZONE).toInstant();
    assertThat(calendar.naturalDaysDeadline(moment, days)).isEqualTo(atClose(end));
  }

  @ParameterizedTest(name = "{0} first working day of its week: {1}")
  @CsvSource({
    "2026-03-02, true",  // an ordinary Monday
    "2026-03-03, false",
    "2026-10-05, false", // National Day holiday
    "2026-10-08, true",  // the first working day after it, a Thursday
    "2026-09-20, false", // a make-up Sunday closes a week that began on a working Monday
    "2026-09-21, true"
  })
  void knowsTheFirstWorkingDayOfTheWeek(LocalDate date, boolean first) {
    assertThat(calendar.isFirstWorkingDayOfWeek(date)).isEqualTo(first);
  }

  @Test
  void workingDayDeadlineIsTheCloseOfOffice() {
    Instant friday = ZonedDateTime.of(2026, 9, 30, 16, 0, 0, 0, ZONE).toInstant();
    assertThat(calendar.workingDaysDeadline(friday, 3)).isEqualTo(atClose(LocalDate.of(2026, 10, 10)));
  }

  @Test
  void reminderGoesOutAtOpeningOnTheWorkingDayBefore() {
    Date deadline = atClose(LocalDate.of(2026, 10, 8));
    assertThat(calendar.reminderBefore(deadline)).isEqualTo(
        Date.from(ZonedDateTime.of(2026, 9, 30, 8, 30, 0, 0, ZONE).toInstant()));
  }

  @Test
  void aYearWithoutTheArrangementIsProvisionalWithTheStatutoryHolidaysOff() {
    DayInfo eve = calendar.describe(LocalDate.of(2027, 2, 5));
    assertThat(eve.kind()).isEqualTo(DayKind.HOLIDAY);
    assertThat(eve.name()).isEqualTo("春节");
    assertThat(eve.dataAvailable()).isFalse();
    assertThat(eve.provisional()).isTrue();
    assertThat(calendar.describe(LocalDate.of(2027, 4, 5)).name()).isEqualTo("清明节");
    // make-up working days are unknown: weekends stay off, weekdays stay working days
    DayInfo saturday = calendar.describe(LocalDate.of(2027, 1, 2));
    assertThat(saturday.kind()).isEqualTo(DayKind.WEEKEND);
    assertThat(saturday.provisional()).isTrue();
    assertThat(calendar.describe(LocalDate.of(2027, 2, 9)).kind()).isEqualTo(DayKind.WORKDAY);
    assertThat(calendar.missingYears(2026, 2027)).containsExactly(2027);
    assertThat(calendar.provisionalYears(2026, 2027)).containsExactly(2027);
    assertThat(calendar.coveredYears()).contains(2024, 2025, 2026).doesNotContain(2027);
  }

  @Test
  void aYearBeforeTheRevisedLawWithoutDataCountsWeekendsOnly() {
    // 2 January 2023 was a holiday, but 2023 has no file and the 2024 revision does not apply
    DayInfo day = calendar.describe(LocalDate.of(2023, 1, 2));
    assertThat(day.kind()).isEqualTo(DayKind.WORKDAY);
    assertThat(day.dataAvailable()).isFalse();
    assertThat(day.provisional()).isFalse();
    assertThat(calendar.provisionalYears(2023)).isEmpty();
  }

  @Test
  void anAdministratorAddsANewYearInTheFolder(@TempDir Path folder) throws Exception {
    Files.writeString(folder.resolve("2027.json"), """
        {"year": 2027, "source": "国务院办公厅关于2027年部分节假日安排的通知",
         "holidays": [{"name": "元旦", "from": "2027-01-01", "to": "2027-01-03"}],
         "workdays": []}
        """);
    WorkingDayCalendar extended =
        new WorkingDayCalendar(new CalendarProperties(folder.toString(), null, null), CLOCK);
    assertThat(extended.describe(LocalDate.of(2027, 1, 1)).kind()).isEqualTo(DayKind.HOLIDAY);
    assertThat(extended.addWorkingDays(LocalDate.of(2026, 12, 31), 1)).isEqualTo(LocalDate.of(2027, 1, 4));
    assertThat(extended.missingYears(2026, 2027)).isEmpty();
    assertThat(extended.describe(LocalDate.of(2026, 10, 1)).kind()).isEqualTo(DayKind.HOLIDAY);
  }

  @Test
  void theOfficialFileReplacesTheProvisionalYear(@TempDir Path folder) throws Exception {
    WorkingDayCalendar running =
        new WorkingDayCalendar(new CalendarProperties(folder.toString(), null, null), CLOCK);
    assertThat(running.describe(LocalDate.of(2027, 2, 9)).kind()).isEqualTo(DayKind.WORKDAY);
    assertThat(running.describe(LocalDate.of(2027, 4, 5)).kind()).isEqualTo(DayKind.HOLIDAY);
    assertThat(running.provisionalYears(2027)).containsExactly(2027);

    // an arrangement as the State Council might publish it: a longer break, a make-up Saturday
    Files.writeString(folder.resolve("2027.json"), """
        {"year": 2027, "source": "国务院办公厅关于2027年部分节假日安排的通知",
         "holidays": [{"name": "春节", "from": "2027-02-05", "to": "2027-02-12"}],
         "workdays": [{"name": "春节调休上班", "date": "2027-02-20"}]}
        """);
    running.refresh();

    DayInfo ninth = running.describe(LocalDate.of(2027, 2, 9));
    assertThat(ninth.kind()).isEqualTo(DayKind.HOLIDAY);
    assertThat(ninth.dataAvailable()).isTrue();
    assertThat(ninth.provisional()).isFalse();
    assertThat(running.describe(LocalDate.of(2027, 2, 20)).kind()).isEqualTo(DayKind.MAKE_UP_WORKDAY);
    // replaced, not merged: the file alone decides the year
    assertThat(running.describe(LocalDate.of(2027, 4, 5)).kind()).isEqualTo(DayKind.WORKDAY);
    assertThat(running.provisionalYears(2027)).isEmpty();
    assertThat(running.missingYears(2027)).isEmpty();
    assertThat(running.coveredYears()).contains(2027);
    assertThat(running.addWorkingDays(LocalDate.of(2027, 2, 4), 1)).isEqualTo(LocalDate.of(2027, 2, 15));
  }

  @Test
  void aBrokenYearFileIsRefusedWithItsName(@TempDir Path folder) throws Exception {
    Files.writeString(folder.resolve("2027.json"), """
        {"year": 2027, "source": "x",
         "holidays": [{"name": "元旦", "from": "2027-01-03", "to": "2027-01-01"}], "workdays": []}
        """);
    assertThatThrownBy(() ->
            new WorkingDayCalendar(new CalendarProperties(folder.toString(), null, null), CLOCK))
        .hasMessageContaining("2027.json");
  }

  static Date atClose(LocalDate day) {
    return Date.from(ZonedDateTime.of(day, LocalTime.of(17, 30), ZONE).toInstant());
  }
}
