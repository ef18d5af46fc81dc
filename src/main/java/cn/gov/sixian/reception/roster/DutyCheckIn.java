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
 * 签到: the person on duty today records their arrival, once, at the server's time; by the
 * check-in time ({@link RosterProperties#checkInBy()}) it is on time. Anyone else is refused in
 * Chinese and nothing is recorded.
 */
@Service
class DutyCheckIn {

  private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");

  private final JdbcRoster roster;
  private final JdbcCheckIns checkIns;
  private final RosterPosts posts;
  private final DutyDays days;
  private final CaseAccess caller;

  DutyCheckIn(JdbcRoster roster, JdbcCheckIns checkIns, RosterPosts posts, DutyDays days,
      CaseAccess caller) {
    this.roster = roster;
    this.checkIns = checkIns;
    this.posts = posts;
    this.days = days;
    this.caller = caller;
  }

  /** The caller's check-in today. */
  record Done(LocalDate date, String post, String postName, Instant checkedInAt, String time,
      boolean onTime) {}

  Done checkIn() {
    String userId = caller.currentUserId();
    LocalDate today = days.today();
    RosterEntry entry = postOf(userId, today).orElseThrow(() -> new ResponseStatusException(
        HttpStatus.FORBIDDEN,
        "您今天（" + days.describe(today) + "）不在值班表上，无需签到；只有今日值班人员可以签到。"));
    checkIns.of(today, userId).ifPresent(done -> {
      throw alreadyCheckedIn(done.at());
    });
    Instant now = days.now();
    if (!checkIns.add(new JdbcCheckIns.CheckInRow(today, userId, entry.post(), now))) {
      throw alreadyCheckedIn(checkIns.of(today, userId).map(JdbcCheckIns.CheckInRow::at).orElse(now));
    }
    return done(entry, now);
  }

  /** The caller's check-in today, if on duty: for 「今日值班」. */
  Optional<Status> statusOfCaller() {
    String userId = caller.currentUserId();
    LocalDate today = days.today();
    return postOf(userId, today).map(entry -> new Status(entry.post(),
        checkIns.of(today, userId).map(c -> done(entry, c.at())).orElse(null),
        time(days.checkInDeadline(today))));
  }

  /** @param done null until checked in; @param by the check-in time, 「09:00」 */
  record Status(String post, Done done, String by) {}

  private Optional<RosterEntry> postOf(String userId, LocalDate today) {
    if (userId == null) {
      return Optional.empty();
    }
    return roster.between(today, today).stream().filter(e -> e.userId().equals(userId)).findFirst();
  }

  private Done done(RosterEntry entry, Instant at) {
    String postName = posts.find(entry.post()).map(Post::name).orElse(entry.post());
    return new Done(entry.date(), entry.post(), postName, at, time(at),
        !at.isAfter(days.checkInDeadline(entry.date())));
  }

  private ResponseStatusException alreadyCheckedIn(Instant at) {
    return new ResponseStatusException(HttpStatus.CONFLICT,
        "您今天已于" + time(at) + "签到，无需重复签到。");
  }

  private String time(Instant at) {
    return HOUR_MINUTE.format(at.atZone(days.zone()));
  }
}
