package cn.gov.sixian.reception.roster;

import java.util.Collection;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The roster drives the work: a task offered to a post's group (a resident unit's window, the
 * lawyers, the county leaders) goes to the person on that post in the shift now on. The group stays candidate,
 * so a colleague can still take the task over.
 */
@Service
class DutyAssignment {

  private final RosterPosts posts;
  private final JdbcRoster store;
  private final Shifts shifts;

  DutyAssignment(RosterPosts posts, JdbcRoster store, Shifts shifts) {
    this.posts = posts;
    this.store = store;
    this.shifts = shifts;
  }

  /**
   * Who takes a new task offered to these groups, or why nobody does: the person on the post in
   * the shift now on (during an all-day period at night, the night shift, which belongs to the
   * evening's date until the next morning).
   */
  Decision forTaskOfferedTo(Collection<String> candidateGroups) {
    Optional<Shift> shift = shifts.now();
    for (String group : candidateGroups) {
      Optional<Post> post = posts.staffedBy(group);
      if (post.isPresent()) {
        if (shift.isEmpty()) {
          // a day off has no duty, so nobody is missing
          return new Decision(null, post.get(), null, false);
        }
        Optional<String> person = store.onDuty(shift.get().date(), shift.get().code(),
            post.get().code());
        return new Decision(shift.get(), post.get(), person.orElse(null), person.isEmpty());
      }
    }
    return new Decision(null, null, null, false);
  }

  /**
   * @param shift the shift on when the task was created, null on a day off
   * @param post the roster's post the task belongs to, null when it belongs to none
   * @param assignee the person on duty, null when nobody is
   * @param nobodyOnDuty a shift on and the post empty: the center is told
   */
  record Decision(Shift shift, Post post, String assignee, boolean nobodyOnDuty) {}
}
