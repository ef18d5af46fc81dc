package cn.gov.sixian.reception.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The roster and check-ins written as they were, without the rules for changes (days past are
 * not changed by staff): for the demo data's weeks. Not reachable over HTTP.
 */
@Service
public class RosterRecords {

  private final JdbcRoster roster;
  private final JdbcCheckIns checkIns;
  private final RosterPosts posts;

  RosterRecords(JdbcRoster roster, JdbcCheckIns checkIns, RosterPosts posts) {
    this.roster = roster;
    this.checkIns = checkIns;
    this.posts = posts;
  }

  /** Codes of the resident units' window posts, in catalogue order. */
  public List<String> windowPosts() {
    return posts.all().stream().filter(Post::isUnitWindow).map(Post::code).toList();
  }

  public String lawyerPost() {
    return RosterPosts.LAWYER;
  }

  public String countyLeaderPost() {
    return RosterPosts.COUNTY_LEADER;
  }

  /** A working day's duty (the day shift). */
  public void onDuty(LocalDate date, String post, String userId, String by) {
    roster.put(new RosterEntry(date, RosterProperties.DAY_SHIFT, post, userId), by);
  }

  public void checkedIn(LocalDate date, String post, String userId, Instant at) {
    checkIns.add(new JdbcCheckIns.CheckInRow(date, userId, RosterProperties.DAY_SHIFT, post, at));
  }
}
