package cn.gov.sixian.reception.calendar;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The one working-day calendar (工作日历) of the application: weekends and statutory holidays are
 * days off, make-up working days (调休上班) are working days. Every deadline counted in days comes
 * from here.
 *
 * <p>Conventions: "within N working days" from a moment does not count the day of that moment;
 * the deadline is the N-th working day after it, at the close of office hours. A limit in natural
 * days ends N days after the day of the moment, moved to the next working day when that day is a
 * day off (法定期限届满日为节假日的，以节假日后的第一个工作日为期限届满日).
 *
 * <p>A year without the State Council's arrangement (from 2025 on) is <em>provisional</em>: its
 * statutory holidays are computed from the holiday law ({@link StatutoryHolidays}), its make-up
 * working days are unknown, so weekends stay off. An official file for the year replaces it. That
 * is logged once per year and reported by {@link #provisionalYears}. An earlier year without data
 * counts weekends only.
 */
@Service
public class WorkingDayCalendar {

  private static final Logger log = LoggerFactory.getLogger(WorkingDayCalendar.class);
  /** Longest run of consecutive days off that can occur (Spring Festival plus weekends). */
  private static final int MAX_DAYS_OFF_IN_A_ROW = 31;

  private final CalendarProperties properties;
  private final Clock clock;
  private final Path folder;
  private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();
  /** Computed once per year; an official year is looked up first, so a new file wins. */
  private final Map<Integer, Map<LocalDate, DayInfo>> provisional = new ConcurrentHashMap<>();
  private volatile Map<Integer, Map<LocalDate, DayInfo>> years;
  private volatile long folderModified;
  private final ObjectProvider<NoticeDaysOff> noticeDaysOff;

  public WorkingDayCalendar(CalendarProperties properties, Clock clock) {
    this(properties, clock, null);
  }

  /**
   * @param noticeDaysOff days off on which reminders still go out, looked up at each use (the
   *     all-day periods depend on this calendar); null for none
   */
  @Autowired
  public WorkingDayCalendar(CalendarProperties properties, Clock clock,
      ObjectProvider<NoticeDaysOff> noticeDaysOff) {
    this.noticeDaysOff = noticeDaysOff;
    this.properties = properties;
    this.clock = clock;
    this.folder = properties.folder() == null || properties.folder().isBlank()
        ? null : Path.of(properties.folder());
    this.years = load();
    int thisYear = LocalDate.now(clock).getYear();
    log.info("Working-day calendar covers {}", years.keySet());
    List<Integer> missing = missingYears(thisYear, thisYear + 1);
    warnAboutMissing(missing);
    warnedYears.addAll(missing);
  }

  private void warnAboutMissing(List<Integer> missing) {
    List<Integer> computed = missing.stream().filter(StatutoryHolidays::computable).toList();
    if (!computed.isEmpty()) {
      log.warn("Working-day calendar has no official arrangement for {}: statutory holidays"
          + " computed from the holiday law (provisional), make-up working days unknown."
          + " Add <year>.json to the calendar folder (docs/administration.md, 'Working-day calendar').", computed);
    }
    List<Integer> weekendsOnly = missing.stream().filter(y -> !computed.contains(y)).toList();
    if (!weekendsOnly.isEmpty()) {
      log.warn("Working-day calendar has no holiday data for {}: dates there count weekends only.",
          weekendsOnly);
    }
  }

  /** The built-in years only, for tests and tools. */
  public static WorkingDayCalendar builtIn(Clock clock) {
    return new WorkingDayCalendar(CalendarProperties.defaults(), clock);
  }

  public DayInfo describe(LocalDate date) {
    int y = date.getYear();
    Map<LocalDate, DayInfo> official = years.get(y);
    if (official != null) {
      DayInfo special = official.get(date);
      return special != null ? special : new DayInfo(date, weekendOrWorkday(date), null, true, false);
    }
    if (warnedYears.add(y)) {
      warnAboutMissing(List.of(y));
    }
    if (!StatutoryHolidays.computable(y)) {
      return new DayInfo(date, weekendOrWorkday(date), null, false, false);
    }
    DayInfo special = provisional.computeIfAbsent(y, k -> index(StatutoryHolidays.of(k), false)).get(date);
    return special != null ? special : new DayInfo(date, weekendOrWorkday(date), null, false, true);
  }

  public boolean isWorkingDay(LocalDate date) {
    return describe(date).workingDay();
  }

  /** The N-th working day after {@code from}; {@code from} itself does not count. */
  public LocalDate addWorkingDays(LocalDate from, int workingDays) {
    if (workingDays < 0) {
      throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
    }
    LocalDate day = from;
    for (int counted = 0; counted < workingDays; ) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /** The working day before {@code date} (for reminders "one working day before"). */
  public LocalDate previousWorkingDay(LocalDate date) {
    LocalDate day = date.minusDays(1);
    while (!isWorkingDay(day)) {
      day = day.minusDays(1);
    }
    return day;
  }

  /** The first working day on or after {@code date}. */
  public LocalDate onOrAfter(LocalDate date) {
    LocalDate day = date;
    for (int i = 0; i <= MAX_DAYS_OFF_IN_A_ROW && !isWorkingDay(day); i++) {
      day = day.plusDays(1);
    }
    return day;
  }

  /** Working days in ({@code from}, {@code to}]: the first day excluded, the last included. */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return -workingDaysBetween(to, from);
    }
    return (int) from.datesUntil(to).map(d -> d.plusDays(1)).filter(this::isWorkingDay).count();
  }

  /** "Within N working days" of {@code moment}: the close of office on the N-th working day. */
  public Date workingDaysDeadline(Instant moment, int workingDays) {
    return atOfficeClose(addWorkingDays(localDate(moment), workingDays));
  }

  /** "Within N days" of {@code moment}, extended to the next working day if it ends on a day off. */
  public Date naturalDaysDeadline(Instant moment, int days) {
    return atOfficeClose(onOrAfter(localDate(moment).plusDays(days)));
  }

  /** A later deadline: {@code days} natural days after an earlier deadline's day. */
  public Date extendNaturalDays(Date deadline, int days) {
    return atOfficeClose(onOrAfter(localDate(deadline.toInstant()).plusDays(days)));
  }

  /**
   * Office opening on the working day before the deadline's day: when a reminder goes out. A day
   * off of an all-day reception period counts as a day for reminders ({@link NoticeDaysOff}).
   */
  public Date reminderBefore(Date deadline) {
    LocalDate day = previousNoticeDay(localDate(deadline.toInstant()));
    return Date.from(ZonedDateTime.of(day, properties.officeOpens(), clock.getZone()).toInstant());
  }

  /** The first working day of the ISO week (Monday to Sunday) that {@code date} is in. */
  public boolean isFirstWorkingDayOfWeek(LocalDate date) {
    if (!isWorkingDay(date)) {
      return false;
    }
    for (LocalDate d = date.with(DayOfWeek.MONDAY); d.isBefore(date); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Office opening on {@code days} calendar days before the deadline's day, or the working day
   * before; a day off of an all-day reception period keeps it ({@link NoticeDaysOff}).
   */
  public Date reminderDaysBefore(Date deadline, int days) {
    LocalDate day = localDate(deadline.toInstant()).minusDays(days);
    if (!isNoticeDay(day)) {
      day = previousNoticeDay(day);
    }
    return Date.from(ZonedDateTime.of(day, properties.officeOpens(), clock.getZone()).toInstant());
  }

  /** A working day, or a day off on which reminders still go out. */
  private boolean isNoticeDay(LocalDate date) {
    if (isWorkingDay(date)) {
      return true;
    }
    NoticeDaysOff daysOff = noticeDaysOff == null ? null : noticeDaysOff.getIfAvailable();
    return daysOff != null && daysOff.covers(date);
  }

  private LocalDate previousNoticeDay(LocalDate date) {
    LocalDate day = date.minusDays(1);
    while (!isNoticeDay(day)) {
      day = day.minusDays(1);
    }
    return day;
  }

  public Date atOfficeClose(LocalDate day) {
    return Date.from(ZonedDateTime.of(day, properties.officeCloses(), clock.getZone()).toInstant());
  }

  public LocalDate localDate(Instant moment) {
    return moment.atZone(clock.getZone()).toLocalDate();
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  public Instant now() {
    return clock.instant();
  }

  public java.time.ZoneId zone() {
    return clock.getZone();
  }

  /** Years covered by holiday data. */
  public Set<Integer> coveredYears() {
    return Collections.unmodifiableSet(years.keySet());
  }

  /** Which of the given years have no official arrangement (provisional or weekends only). */
  public List<Integer> missingYears(int... yearsToCheck) {
    return IntStream.of(yearsToCheck).filter(y -> !years.containsKey(y)).boxed().toList();
  }

  /** Which of the given years are provisional: statutory holidays computed, no make-up days. */
  public List<Integer> provisionalYears(int... yearsToCheck) {
    return IntStream.of(yearsToCheck).filter(this::isProvisional).boxed().toList();
  }

  public boolean isProvisional(int year) {
    return !years.containsKey(year) && StatutoryHolidays.computable(year);
  }

  public LocalTime officeCloses() {
    return properties.officeCloses();
  }

  /** Picks up an administrator's new or changed year files without a restart. */
  @Scheduled(initialDelay = 60_000, fixedDelay = 60_000)
  void refresh() {
    if (folder == null || CalendarFiles.lastModified(folder) == folderModified) {
      return;
    }
    try {
      years = load();
      warnedYears.clear();
      log.info("Working-day calendar reloaded, covers {}", years.keySet());
    } catch (RuntimeException e) {
      log.error("Calendar folder {} not reloaded, previous data kept: {}", folder, e.getMessage());
    }
  }

  private Map<Integer, Map<LocalDate, DayInfo>> load() {
    Map<Integer, CalendarYear> sources = new TreeMap<>(CalendarFiles.builtIn());
    if (folder != null) {
      if (!Files.isDirectory(folder)) {
        throw new IllegalStateException("Calendar folder not found: " + folder
            + " (reception.calendar.folder)");
      }
      folderModified = CalendarFiles.lastModified(folder);
      sources.putAll(CalendarFiles.folder(folder));
    }
    Map<Integer, Map<LocalDate, DayInfo>> loaded = new TreeMap<>();
    sources.forEach((year, data) -> loaded.put(year, index(data, true)));
    return loaded;
  }

  private static Map<LocalDate, DayInfo> index(CalendarYear data, boolean official) {
    Map<LocalDate, DayInfo> days = new HashMap<>();
    for (CalendarYear.Holiday h : data.holidays()) {
      h.from().datesUntil(h.to().plusDays(1))
          .forEach(d -> days.put(d, new DayInfo(d, DayKind.HOLIDAY, h.name(), official, !official)));
    }
    for (CalendarYear.Workday w : data.workdays()) {
      if (days.containsKey(w.date())) {
        throw new IllegalArgumentException(w.date() + " is both a holiday and a make-up working day");
      }
      days.put(w.date(),
          new DayInfo(w.date(), DayKind.MAKE_UP_WORKDAY, w.name(), official, !official));
    }
    return days;
  }

  private static DayKind weekendOrWorkday(LocalDate date) {
    DayOfWeek d = date.getDayOfWeek();
    return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY ? DayKind.WEEKEND : DayKind.WORKDAY;
  }
}
