package cn.gov.sixian.reception.calendar;

import cn.gov.sixian.reception.process.DateBounds;
import cn.gov.sixian.reception.process.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read-only questions to the working-day calendar, for administrators checking a new year. */
@RestController
@RequestMapping("/api/calendar")
class CalendarController {

  static final int MAX_WORKING_DAYS = 366;

  private final WorkingDayCalendar calendar;

  CalendarController(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  @GetMapping("/days/{date}")
  DayView day(@PathVariable String date) {
    DayInfo info = calendar.describe(parse(date, "date", "日期"));
    return new DayView(info.date(), info.workingDay(), info.kind().name(), info.kind().label(),
        info.name(), info.dataAvailable(), info.provisional());
  }

  @GetMapping("/deadline")
  DeadlineView deadline(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String workingDays) {
    LocalDate start = parse(from, "from", "起算日期");
    int days = workingDays(workingDays);
    LocalDate deadline = calendar.addWorkingDays(start, days);
    Date at = calendar.atOfficeClose(deadline);
    // every year the count went through, not only the first and the last
    int[] counted = IntStream.rangeClosed(start.getYear(), deadline.getYear()).toArray();
    return new DeadlineView(start, days, deadline, at, calendar.missingYears(counted).isEmpty(),
        !calendar.provisionalYears(counted).isEmpty());
  }

  @GetMapping("/years")
  YearsView years() {
    int thisYear = calendar.today().getYear();
    List<Integer> provisional = calendar.provisionalYears(thisYear, thisYear + 1);
    return new YearsView(calendar.coveredYears(), calendar.missingYears(thisYear, thisYear + 1),
        provisional, provisional.stream().map(CalendarController::provisionalNotice).toList());
  }

  /** What administrators read in Cockpit while a year is provisional. */
  static String provisionalNotice(int year) {
    return year + "年为暂定日历：仅含法定节假日，未含调休安排，待国务院办公厅通知发布后导入。";
  }

  private static LocalDate parse(String value, String field, String label) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, "请提供「" + label + "」，格式为yyyy-MM-dd，如2026-10-08。");
    }
    LocalDate date;
    try {
      date = LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          field, "「" + label + "」不是有效日期，格式应为yyyy-MM-dd，如2026-10-08。");
    }
    // far-off years would be walked day by day (and the year -999999999 overflows)
    return DateBounds.check(date, field, label);
  }

  private static int workingDays(String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException("workingDays", "请提供「工作日数」，如3。");
    }
    try {
      int days = Integer.parseInt(value.strip());
      if (days >= 0 && days <= MAX_WORKING_DAYS) {
        return days;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new InvalidInputException(
        "workingDays", "「工作日数」须为0到" + MAX_WORKING_DAYS + "之间的整数。");
  }

  record DayView(LocalDate date, boolean workingDay, String kind, String kindName, String name,
      boolean dataAvailable, boolean provisional) {}

  record DeadlineView(LocalDate from, int workingDays, LocalDate deadline, Date deadlineAt,
      boolean dataAvailable, boolean provisional) {}

  /** Official years; this and next year without one, those of them provisional, and why. */
  record YearsView(Set<Integer> covered, List<Integer> missing, List<Integer> provisional,
      List<String> notices) {}
}
