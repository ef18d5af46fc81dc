package cn.gov.sixian.reception.roster;

import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the duty roster ({@code reception.roster.*}), checked at start.
 *
 * @param checkInBy on a working day the person on duty checks in by this time (default 09:00);
 *     later is late, and with no check-in by then the deputy director is told
 * @param allDayShifts the shifts of each day of an all-day reception period (全天候联合接访), in the
 *     order of the day; each runs from its start to the next one's, the last past midnight to the
 *     first. The first is {@code day}: a working day's duty continues as that shift. Default
 *     白班 08:00–20:00 (check-in by 09:00) and 夜班 20:00–08:00 (by 21:00)
 */
@ConfigurationProperties(prefix = "reception.roster")
public record RosterProperties(LocalTime checkInBy, List<ShiftSetting> allDayShifts) {

  /** The code of the only shift of a working day, and the first of an all-day period's day. */
  static final String DAY_SHIFT = "day";

  /**
   * @param code English, lower case, unique: {@code day}, {@code night}
   * @param name what staff read: 白班, 夜班
   * @param starts when the shift begins; it ends when the next one begins
   * @param checkInBy check-in after this is late (past midnight when earlier than {@code starts})
   */
  public record ShiftSetting(String code, String name, LocalTime starts, LocalTime checkInBy) {}

  public RosterProperties {
    if (checkInBy == null) {
      checkInBy = LocalTime.of(9, 0);
    }
    if (allDayShifts == null || allDayShifts.isEmpty()) {
      allDayShifts = List.of(
          new ShiftSetting(DAY_SHIFT, "白班", LocalTime.of(8, 0), LocalTime.of(9, 0)),
          new ShiftSetting("night", "夜班", LocalTime.of(20, 0), LocalTime.of(21, 0)));
    }
    allDayShifts = List.copyOf(allDayShifts);
    check(allDayShifts);
  }

  private static void check(List<ShiftSetting> shifts) {
    if (!DAY_SHIFT.equals(shifts.get(0).code())) {
      throw new IllegalArgumentException(
          "reception.roster.all-day-shifts: the first shift must have the code 'day'");
    }
    Set<String> codes = new HashSet<>();
    LocalTime previous = null;
    for (ShiftSetting shift : shifts) {
      if (shift.code() == null || !shift.code().matches("[a-z][a-z0-9-]{0,19}")
          || !codes.add(shift.code())) {
        throw new IllegalArgumentException("reception.roster.all-day-shifts: code '" + shift.code()
            + "' must be unique, lower-case letters, digits or '-', at most 20 characters");
      }
      if (shift.name() == null || shift.name().isBlank() || shift.starts() == null
          || shift.checkInBy() == null) {
        throw new IllegalArgumentException("reception.roster.all-day-shifts: shift '"
            + shift.code() + "' needs a name, starts and check-in-by");
      }
      if (previous != null && !shift.starts().isAfter(previous)) {
        throw new IllegalArgumentException(
            "reception.roster.all-day-shifts: shifts must be listed in the order they start");
      }
      previous = shift.starts();
    }
  }
}
