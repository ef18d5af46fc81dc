package cn.gov.sixian.reception.roster;

import cn.gov.sixian.reception.access.CaseAccess;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * 签到: the person on duty today records their arrival, once, at the server's time; by their
 * shift's check-in time ({@link Shifts}) it is on time. Last evening's night shift of an all-day
 * period checks in for its own date until the morning. Anyone else is refused in Chinese and
 * nothing is recorded.
 */
@Service
class DutyCheckIn {

  private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");

  private final JdbcRoster roster;
  private final JdbcCheckIns checkIns;
  private final RosterPosts posts;
  private final DutyDays days;
  private final Shifts shifts;
  private final CaseAccess caller;

  DutyCheckIn(JdbcRoster roster, JdbcCheckIns checkIns, RosterPosts posts, DutyDays days,
      Shifts shifts, CaseAccess caller) {
    this.shifts = shifts;
    this.roster = roster;
    this.checkIns = checkIns;
    this.posts = posts;
    this.days = days;
    this.caller = caller;
  }

  /** The caller's check-in for their duty day; {@code shiftName} null for a working day's duty. */
  record Done(LocalDate date, String post, String postName, String shiftName, Instant checkedInAt,
      String time, boolean onTime) {}

  Done checkIn() {
    String userId = caller.currentUserId();
    LocalDate today = days.today();
    RosterEntry entry = dutyOf(userId).orElseThrow(() -> new ResponseStatusException(
        HttpStatus.FORBIDDEN,
        "您今天（" + days.describe(today) + "）不在值班表上，无需签到；只有今日值班人员可以签到。"));
    checkIns.of(entry.date(), userId).ifPresent(done -> {
      throw alreadyCheckedIn(done.at());
    });
    Instant now = days.now();
    if (!checkIns.add(new JdbcCheckIns.CheckInRow(entry.date(), userId, entry.shift(),
        entry.post(), now))) {
      throw alreadyCheckedIn(checkIns.of(entry.date(), userId).map(JdbcCheckIns.CheckInRow::at)
          .orElse(now));
    }
    return done(entry, now);
  }

  /** The caller's check-in for their duty, if on duty: for 「今日值班」. */
  Optional<Status> statusOfCaller() {
    String userId = caller.currentUserId();
    return dutyOf(userId).map(entry -> new Status(entry.post(), shiftName(entry),
        checkIns.of(entry.date(), userId).map(c -> done(entry, c.at())).orElse(null),
        shifts.find(entry.date(), entry.shift()).map(shifts::checkInTime)
            .orElse(time(shifts.checkInDeadline(entry)))));
  }

  /**
   * @param shiftName 「夜班」, null for a working day's duty
   * @param done null until checked in
   * @param by the check-in time, 「09:00」
   */
  record Status(String post, String shiftName, Done done, String by) {}

  /**
   * The caller's duty to check in for: last evening's shift while it is still on (a night shift
   * after midnight), otherwise today's.
   */
  private Optional<RosterEntry> dutyOf(String userId) {
    if (userId == null) {
      return Optional.empty();
    }
    LocalDate today = days.today();
    Optional<Shift> on = shifts.now().filter(s -> s.date().isBefore(today));
    if (on.isPresent()) {
      Optional<RosterEntry> lastEvening = roster.between(on.get().date(), on.get().date()).stream()
          .filter(e -> e.userId().equals(userId) && e.shift().equals(on.get().code())).findFirst();
      if (lastEvening.isPresent()) {
        return lastEvening;
      }
    }
    return roster.between(today, today).stream().filter(e -> e.userId().equals(userId)).findFirst();
  }

  private Done done(RosterEntry entry, Instant at) {
    String postName = posts.find(entry.post()).map(Post::name).orElse(entry.post());
    return new Done(entry.date(), entry.post(), postName, shiftName(entry), at, time(at),
        !at.isAfter(shifts.checkInDeadline(entry)));
  }

  private String shiftName(RosterEntry entry) {
    return RosterProperties.DAY_SHIFT.equals(entry.shift()) && !days.isAllDay(entry.date()) ? null
        : shifts.nameOf(entry.shift());
  }

  private ResponseStatusException alreadyCheckedIn(Instant at) {
    return new ResponseStatusException(HttpStatus.CONFLICT,
        "您今天已于" + time(at) + "签到，无需重复签到。");
  }

  private String time(Instant at) {
    return HOUR_MINUTE.format(at.atZone(days.zone()));
  }
}
