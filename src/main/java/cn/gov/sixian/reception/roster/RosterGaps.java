package cn.gov.sixian.reception.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The gaps of the roster: shifts of duty days in which a resident unit's window or the lawyer's
 * post has nobody (the county leader's post is optional and never a gap).
 */
@Component
class RosterGaps {

  /**
   * A day and its empty posts: {@code codes} 「gaj」, or 「gaj/night」 for a shift other than the
   * day's; {@code names} 「县公安局」, 「县公安局（夜班）」.
   */
  record Gap(LocalDate date, List<String> codes, List<String> names) {}

  private final JdbcRoster store;
  private final RosterPosts posts;
  private final Shifts shifts;

  RosterGaps(JdbcRoster store, RosterPosts posts, Shifts shifts) {
    this.store = store;
    this.posts = posts;
    this.shifts = shifts;
  }

  List<Gap> between(LocalDate from, LocalDate to) {
    List<RosterEntry> entries = store.between(from, to);
    List<Gap> gaps = new ArrayList<>();
    Map<LocalDate, List<Shift>> shiftsOfDay = shifts.between(from, to);
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      LocalDate date = day;
      Set<String> filled = entries.stream().filter(e -> e.date().equals(date))
          .map(e -> e.shift() + "/" + e.post()).collect(Collectors.toSet());
      List<String> codes = new ArrayList<>();
      List<String> names = new ArrayList<>();
      for (Shift shift : shiftsOfDay.get(day)) {
        for (Post post : posts.all()) {
          if (!RosterPosts.COUNTY_LEADER.equals(post.code())
              && !filled.contains(shift.code() + "/" + post.code())) {
            codes.add(shift.isDayShift() ? post.code() : post.code() + "/" + shift.code());
            names.add(shift.isDayShift() ? post.name() : post.name() + "（" + shift.name() + "）");
          }
        }
      }
      if (!codes.isEmpty()) {
        gaps.add(new Gap(day, codes, names));
      }
    }
    return gaps;
  }
}
