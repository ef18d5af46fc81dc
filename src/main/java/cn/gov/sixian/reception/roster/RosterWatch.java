package cn.gov.sixian.reception.roster;

import cn.gov.sixian.reception.notification.RosterNotifier;
import java.time.LocalDate;
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

  RosterWatch(RosterGaps gaps, RosterNotifier notifier, DutyDays days) {
    this.gaps = gaps;
    this.notifier = notifier;
    this.days = days;
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
