package cn.gov.sixian.reception.roster;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The roster drives the work: a task offered to a post's group (a resident unit's window, the
 * lawyers, the county leaders) goes to the person on that post today. The group stays candidate,
 * so a colleague can still take the task over.
 */
@Service
class DutyAssignment {

  private final RosterPosts posts;
  private final JdbcRoster store;
  private final DutyDays days;

  DutyAssignment(RosterPosts posts, JdbcRoster store, DutyDays days) {
    this.posts = posts;
    this.store = store;
    this.days = days;
  }

  /** Who takes a new task offered to these groups, or why nobody does. */
  Decision forTaskOfferedTo(Collection<String> candidateGroups) {
    LocalDate today = days.today();
    for (String group : candidateGroups) {
      Optional<Post> post = posts.staffedBy(group);
      if (post.isPresent()) {
        Optional<String> person = store.onDuty(today, post.get().code());
        if (person.isPresent()) {
          return new Decision(today, post.get(), person.get(), false);
        }
        // a day off has no duty, so nobody is missing
        return new Decision(today, post.get(), null, days.hasDuty(today));
      }
    }
    return new Decision(today, null, null, false);
  }

  /**
   * @param post the roster's post the task belongs to, null when it belongs to none
   * @param assignee the person on duty, null when nobody is
   * @param nobodyOnDuty a duty day and the post empty: the center is told
   */
  record Decision(LocalDate date, Post post, String assignee, boolean nobodyOnDuty) {}
}
