package cn.gov.sixian.reception.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The gaps of the roster: duty days on which a resident unit's window or the lawyer's post has
 * nobody (the county leader's post is optional and never a gap).
 */
@Component
class RosterGaps {

  /** A day and the posts empty on it. */
  record Gap(LocalDate date, List<Post> posts) {}

  private final JdbcRoster store;
  private final RosterPosts posts;
  private final DutyDays days;

  RosterGaps(JdbcRoster store, RosterPosts posts, DutyDays days) {
    this.store = store;
    this.posts = posts;
    this.days = days;
  }

  List<Gap> between(LocalDate from, LocalDate to) {
    List<RosterEntry> entries = store.between(from, to);
    List<Gap> gaps = new ArrayList<>();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      if (!days.hasDuty(day)) {
        continue;
      }
      LocalDate date = day;
      Set<String> filled = entries.stream().filter(e -> e.date().equals(date))
          .map(RosterEntry::post).collect(Collectors.toSet());
      List<Post> empty = posts.all().stream()
          .filter(p -> !RosterPosts.COUNTY_LEADER.equals(p.code()))
          .filter(p -> !filled.contains(p.code())).toList();
      if (!empty.isEmpty()) {
        gaps.add(new Gap(day, empty));
      }
    }
    return gaps;
  }
}
