package cn.gov.sixian.reception.roster;

import cn.gov.sixian.reception.notification.RosterNotifier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
  private final Shifts shifts;

  RosterWatch(RosterGaps gaps, RosterNotifier notifier, DutyDays days, RosterPosts posts,
      DutyAttendance attendance, RosterPeople people, Shifts shifts) {
    this.shifts = shifts;
    this.gaps = gaps;
    this.notifier = notifier;
    this.days = days;
    this.posts = posts;
    this.attendance = attendance;
    this.people = people;
  }

  /**
   * Tells the deputy director of everyone on the roster whose shift's check-in time has passed
   * without a check-in, once per person and day: today's shifts, and last evening's when their
   * check-in time falls after midnight. Returns how many.
   */
  public int warnOfMissedCheckIns() {
    LocalDate today = days.today();
    Instant now = days.now();
    int told = 0;
    for (LocalDate date : List.of(today.minusDays(1), today)) {
      for (RosterEntry entry : attendance.notCheckedIn(date)) {
        Optional<Shift> shift = shifts.find(date, entry.shift());
        Instant deadline = shifts.checkInDeadline(entry);
        boolean duePastMidnight = date.isBefore(today)
            && !deadline.atZone(days.zone()).toLocalDate().isBefore(today);
        if (now.isBefore(deadline) || (date.isBefore(today) && !duePastMidnight)) {
          continue;
        }
        String post = posts.find(entry.post()).map(Post::name).orElse(entry.post());
        if (shift.isPresent() && !shift.get().isDayShift()) {
          post = post + "（" + shift.get().name() + "）";
        }
        notifier.missedCheckIn(date, days.describe(date), post, entry.userId(),
            people.name(entry.userId()).orElse(entry.userId()),
            shift.map(shifts::checkInTime).orElse(""));
        told++;
      }
    }
    return told;
  }

  /**
   * A task of the post's group was created on a duty day with nobody on the post: it waits in the
   * group's list, and the deputy director is told at once (started by {@link DutyAssignmentListener}).
   */
  public void tellNobodyOnShift(String date, String shiftCode, String postCode, String taskId,
      String taskName, String caseNumber) {
    String postName = posts.find(postCode).map(Post::name).orElse(postCode);
    if (!RosterProperties.DAY_SHIFT.equals(shiftCode)) {
      postName = postName + "（" + shifts.nameOf(shiftCode) + "）";
    }
    notifier.nobodyOnDuty(taskId, days.describe(LocalDate.parse(date)), postName, taskName,
        caseNumber);
  }

  /** The same for messages sent before shifts existed (roster-watch version 1, still waiting). */
  public void tellNobodyOnDuty(String date, String postCode, String taskId, String taskName,
      String caseNumber) {
    tellNobodyOnShift(date, RosterProperties.DAY_SHIFT, postCode, taskId, taskName, caseNumber);
  }

  /** Returns the number of days with gaps found (each told once). */
  public int warnOfGaps() {
    LocalDate today = days.today();
    int found = 0;
    for (RosterGaps.Gap gap : gaps.between(today.plusDays(1), today.plusDays(DAYS_AHEAD))) {
      notifier.gaps(gap.date(), days.describe(gap.date()), gap.codes(), gap.names());
      found++;
    }
    return found;
  }
}
