package cn.gov.sixian.reception.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Attendance by post (统计分析, 月度分析报告): the days someone was on the roster, checked in on time,
 * late, or not at all, each against its shift's check-in time. A day counts once that time has
 * passed, so this morning's duty is not "missed" at eight o'clock.
 */
@Service
public class DutyAttendance {

  /**
   * @param unitCode the unit of a window post, null for the lawyer and the county leader
   * @param dutyDays days on the roster whose check-in time has passed
   */
  public record PostAttendance(String post, String postName, String unitCode, int dutyDays,
      int onTime, int late, int missed) {}

  private final JdbcRoster roster;
  private final JdbcCheckIns checkIns;
  private final RosterPosts posts;
  private final DutyDays days;
  private final Shifts shifts;

  DutyAttendance(JdbcRoster roster, JdbcCheckIns checkIns, RosterPosts posts, DutyDays days,
      Shifts shifts) {
    this.shifts = shifts;
    this.roster = roster;
    this.checkIns = checkIns;
    this.posts = posts;
    this.days = days;
  }

  /** Every post with duty in the period, in the roster's order. */
  public List<PostAttendance> between(LocalDate from, LocalDate to) {
    Map<String, Instant> arrived = arrivals(from, to);
    Instant now = days.now();
    Map<String, int[]> counts = new HashMap<>();
    for (RosterEntry entry : roster.between(from, to)) {
      Instant deadline = shifts.checkInDeadline(entry);
      if (now.isBefore(deadline)) {
        continue;
      }
      int[] c = counts.computeIfAbsent(entry.post(), p -> new int[3]);
      Instant at = arrived.get(key(entry.date(), entry.userId()));
      c[at == null ? 2 : at.isAfter(deadline) ? 1 : 0]++;
    }
    List<PostAttendance> rows = new ArrayList<>();
    for (Post post : posts.all()) {
      int[] c = counts.get(post.code());
      if (c != null) {
        rows.add(new PostAttendance(post.code(), post.name(), post.unitCode(), c[0] + c[1] + c[2],
            c[0], c[1], c[2]));
      }
    }
    return rows;
  }

  /** The day's roster entries with no check-in yet. */
  List<RosterEntry> notCheckedIn(LocalDate date) {
    Map<String, Instant> arrived = arrivals(date, date);
    return roster.between(date, date).stream()
        .filter(e -> !arrived.containsKey(key(e.date(), e.userId()))).toList();
  }

  private Map<String, Instant> arrivals(LocalDate from, LocalDate to) {
    Map<String, Instant> arrived = new HashMap<>();
    checkIns.between(from, to).forEach(c -> arrived.put(key(c.date(), c.userId()), c.at()));
    return arrived;
  }

  private static String key(LocalDate date, String userId) {
    return date + "/" + userId;
  }
}
