package cn.gov.sixian.reception.roster;

import cn.gov.sixian.reception.notification.RosterNotifier;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * 值班巡查 (roster-watch.bpmn, on the engine's timer so a moved engine clock moves it and one node
 * of a cluster runs it): tells the deputy director of every gap in the coming week, once per day
 * and set of empty posts.
 */
@Component("rosterWatch")
public class RosterWatch {

  static final int DAYS_AHEAD = 7;

  private final RosterGaps gaps;
  private final RosterNotifier notifier;
  private final DutyDays days;
  private final RosterPosts posts;
  private final DutyAttendance attendance;
  private final RosterPeople people;

  RosterWatch(RosterGaps gaps, RosterNotifier notifier, DutyDays days, RosterPosts posts,
      DutyAttendance attendance, RosterPeople people) {
    this.gaps = gaps;
    this.notifier = notifier;
    this.days = days;
    this.posts = posts;
    this.attendance = attendance;
    this.people = people;
  }

  /**
   * Once today's check-in time has passed: tells the deputy director of everyone on today's
   * roster who has not checked in, once per person and day. Returns how many.
   */
  public int warnOfMissedCheckIns() {
    LocalDate today = days.today();
    if (days.now().isBefore(days.checkInDeadline(today))) {
      return 0;
    }
    List<RosterEntry> missing = attendance.notCheckedIn(today);
    for (RosterEntry entry : missing) {
      notifier.missedCheckIn(today, days.describe(today),
          posts.find(entry.post()).map(Post::name).orElse(entry.post()),
          entry.userId(), people.name(entry.userId()).orElse(entry.userId()),
          days.checkInBy().toString());
    }
    return missing.size();
  }

  /**
   * A task of the post's group was created on a duty day with nobody on the post: it waits in the
   * group's list, and the deputy director is told at once (started by {@link DutyAssignmentListener}).
   */
  public void tellNobodyOnDuty(String date, String postCode, String taskId, String taskName,
      String caseNumber) {
    String postName = posts.find(postCode).map(Post::name).orElse(postCode);
    notifier.nobodyOnDuty(taskId, days.describe(LocalDate.parse(date)), postName, taskName,
        caseNumber);
  }

  /** Returns the number of days with gaps found (each told once). */
  public int warnOfGaps() {
    LocalDate today = days.today();
    int found = 0;
    for (RosterGaps.Gap gap : gaps.between(today.plusDays(1), today.plusDays(DAYS_AHEAD))) {
      notifier.gaps(gap.date(), days.describe(gap.date()),
          gap.posts().stream().map(Post::code).toList(),
          gap.posts().stream().map(Post::name).toList());
      found++;
    }
    return found;
  }
}
