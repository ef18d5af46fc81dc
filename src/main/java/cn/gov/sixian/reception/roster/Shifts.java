package cn.gov.sixian.reception.roster;

import cn.gov.sixian.reception.roster.RosterProperties.ShiftSetting;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The shifts of each duty day: a working day has one, {@code day}, for the whole day (plan part
 * III: one person per unit each working day); a day of an all-day reception period has the
 * shifts the center set ({@link RosterProperties#allDayShifts()}), the last running past midnight
 * into the next morning. Which shift is on at a moment decides who receives a new task.
 */
@Component
class Shifts {

  private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");

  private final RosterProperties properties;
  private final DutyDays days;

  Shifts(RosterProperties properties, DutyDays days) {
    this.properties = properties;
    this.days = days;
  }

  /** The day's shifts in order; none on a day off outside an all-day period. */
  List<Shift> of(LocalDate date) {
    return of(date, days.isAllDay(date));
  }

  /** The shifts of each day from {@code from} to {@code to}, the periods read once. */
  Map<LocalDate, List<Shift>> between(LocalDate from, LocalDate to) {
    Set<LocalDate> allDays = days.allDaysBetween(from, to);
    Map<LocalDate, List<Shift>> shifts = new LinkedHashMap<>();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      shifts.put(day, of(day, allDays.contains(day)));
    }
    return shifts;
  }

  private List<Shift> of(LocalDate date, boolean allDay) {
    if (allDay) {
      return allDayShifts(date);
    }
    if (days.isWorkingDay(date)) {
      return List.of(new Shift(date, RosterProperties.DAY_SHIFT, properties.allDayShifts().get(0).name(),
          null, date.atStartOfDay(), date.plusDays(1).atStartOfDay(),
          date.atTime(properties.checkInBy())));
    }
    return List.of();
  }

  /** The shifts the day has if an all-day reception period covers it. */
  List<Shift> allDayShifts(LocalDate date) {
    List<ShiftSetting> settings = properties.allDayShifts();
    List<Shift> shifts = new ArrayList<>();
    for (int i = 0; i < settings.size(); i++) {
      ShiftSetting setting = settings.get(i);
      LocalDateTime starts = date.atTime(setting.starts());
      LocalDateTime ends = i + 1 < settings.size() ? date.atTime(settings.get(i + 1).starts())
          : date.plusDays(1).atTime(settings.get(0).starts());
      LocalDateTime checkInBy = date.atTime(setting.checkInBy());
      if (setting.checkInBy().isBefore(setting.starts())) {
        checkInBy = checkInBy.plusDays(1);
      }
      shifts.add(new Shift(date, setting.code(), setting.name(), hours(starts, ends), starts,
          ends, checkInBy));
    }
    return shifts;
  }

  /** The code of a shift written by name (白班) or code; empty text is the day shift, unknown stays. */
  String codeOf(String text) {
    if (text == null || text.isBlank()) {
      return RosterProperties.DAY_SHIFT;
    }
    return properties.allDayShifts().stream()
        .filter(s -> s.code().equalsIgnoreCase(text) || s.name().equals(text))
        .map(ShiftSetting::code).findFirst().orElse(text);
  }

  /** 「白班」: the name of a shift code, the code itself when unknown. */
  String nameOf(String code) {
    return properties.allDayShifts().stream().filter(s -> s.code().equals(code))
        .map(ShiftSetting::name).findFirst().orElse(code);
  }

  /** The names of the all-day shifts, in order: 白班、夜班. */
  List<String> names() {
    return properties.allDayShifts().stream().map(ShiftSetting::name).toList();
  }

  Optional<Shift> find(LocalDate date, String code) {
    return of(date).stream().filter(s -> s.code().equals(code)).findFirst();
  }

  /** The shift a moment falls in: last evening's night shift before this morning's first one. */
  Optional<Shift> at(Instant moment) {
    LocalDateTime time = LocalDateTime.ofInstant(moment, days.zone());
    LocalDate date = time.toLocalDate();
    for (LocalDate day : List.of(date.minusDays(1), date)) {
      for (Shift shift : of(day)) {
        if (!time.isBefore(shift.starts()) && time.isBefore(shift.ends())) {
          return Optional.of(shift);
        }
      }
    }
    // early on the first day of a period: whoever comes first that day
    return of(date).stream().findFirst();
  }

  Optional<Shift> now() {
    return at(days.now());
  }

  Instant checkInDeadline(Shift shift) {
    return shift.checkInBy().atZone(days.zone()).toInstant();
  }

  /** The check-in deadline of a roster entry; a shift no longer in the day's plan keeps the day's. */
  Instant checkInDeadline(RosterEntry entry) {
    return find(entry.date(), entry.shift()).map(this::checkInDeadline).orElseGet(() ->
        entry.date().atTime(properties.checkInBy()).atZone(days.zone()).toInstant());
  }

  /** 「08:00」, or 「次日00:30」 past midnight. */
  String checkInTime(Shift shift) {
    return (shift.checkInBy().toLocalDate().isAfter(shift.date()) ? "次日" : "")
        + HOUR_MINUTE.format(shift.checkInBy());
  }

  private static String hours(LocalDateTime starts, LocalDateTime ends) {
    return HOUR_MINUTE.format(starts) + "–"
        + (ends.toLocalDate().isAfter(starts.toLocalDate()) ? "次日" : "") + HOUR_MINUTE.format(ends);
  }
}
