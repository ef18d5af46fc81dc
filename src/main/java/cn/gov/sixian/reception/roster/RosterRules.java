package cn.gov.sixian.reception.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The rules a roster change must meet, each with a Chinese message: the post exists; the day is
 * not past; a day off gets no duty; the day has the shift (a working day only the day shift); the
 * person belongs to the post's group; nobody is on two posts or two shifts the same day (counting
 * the rows already saved).
 */
@Component
class RosterRules {

  private final RosterPosts posts;
  private final RosterPeople people;
  private final DutyDays days;
  private final JdbcRoster roster;
  private final Shifts shifts;

  RosterRules(RosterPosts posts, RosterPeople people, DutyDays days, JdbcRoster roster,
      Shifts shifts) {
    this.shifts = shifts;
    this.posts = posts;
    this.people = people;
    this.days = days;
    this.roster = roster;
  }

  /** Every problem of the batch, in the order of the changes; empty when it may be saved. */
  List<String> problems(List<RosterChange> changes) {
    List<String> problems = new ArrayList<>();
    LocalDate today = days.today();
    Map<String, String> seen = new HashMap<>();
    for (RosterChange change : changes) {
      String at = change.source() == null ? "" : change.source() + "：";
      String earlier = seen.putIfAbsent(change.date() + "/" + change.shift() + "/" + change.post(),
          change.source() == null ? "前面" : change.source());
      if (earlier != null) {
        problems.add(at + change.date() + "的「" + label(change.shift(), change.post()) + "」与"
            + earlier + "重复，每个岗位每班只安排一人。");
        continue;
      }
      Post post = posts.find(change.post()).orElse(null);
      if (post == null) {
        problems.add(at + "未知岗位「" + change.post() + "」（岗位须为常驻单位代码、lawyer 或 county-leader）。");
        continue;
      }
      if (change.date().isBefore(today)) {
        problems.add(at + change.date() + "已过去，不能再修改当天的值班安排。");
        continue;
      }
      if (change.userId() == null) {
        continue;
      }
      if (!days.hasDuty(change.date())) {
        problems.add(at + days.describe(change.date()) + "不是工作日，不安排值班（全天候联合接访期间除外）。");
      } else if (shifts.find(change.date(), change.shift()).isEmpty()) {
        problems.add(at + shiftProblem(change));
      }
      if (!people.isMember(change.userId(), post.group())) {
        problems.add(at + "「" + change.userId() + "」不是" + memberLabel(post) + "，不能在该岗位值班。");
      }
    }
    problems.addAll(doubleDuties(changes));
    return problems;
  }

  private String shiftProblem(RosterChange change) {
    String name = shifts.nameOf(change.shift());
    if (name.equals(change.shift()) && !RosterProperties.DAY_SHIFT.equals(change.shift())) {
      return "未知班次「" + change.shift() + "」（班次须为"
          + String.join("、", shifts.names()) + "之一）。";
    }
    return days.describe(change.date()) + "只安排一个值班班次；「" + name
        + "」只在全天候联合接访期间安排。";
  }

  private static String memberLabel(Post post) {
    if (post.isUnitWindow()) {
      return post.name() + "联合接访窗口的人员";
    }
    return RosterPosts.LAWYER.equals(post.code()) ? "值班律师" : "县党政领导";
  }

  /** The roster of every day the batch touches, as it would be after it: nobody twice a day. */
  private List<String> doubleDuties(List<RosterChange> changes) {
    Map<LocalDate, Map<String, String>> after = new HashMap<>();
    for (RosterChange change : changes) {
      Map<String, String> day = after.computeIfAbsent(change.date(), d -> saved(d));
      String slot = change.shift() + "/" + change.post();
      if (change.userId() == null) {
        day.remove(slot);
      } else {
        day.put(slot, change.userId());
      }
    }
    List<String> problems = new ArrayList<>();
    after.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(day -> {
      Map<String, String> postOf = new HashMap<>();
      day.getValue().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
        String other = postOf.putIfAbsent(entry.getValue(), entry.getKey());
        if (other != null && !Objects.equals(other, entry.getKey())) {
          problems.add(day.getKey() + "：「" + entry.getValue() + "」同时安排在" + name(other) + "和"
              + name(entry.getKey()) + "，同一人同一天只能在一个岗位值一个班。");
        }
      });
    });
    return problems;
  }

  private Map<String, String> saved(LocalDate date) {
    Map<String, String> day = new HashMap<>();
    for (RosterEntry entry : roster.between(date, date)) {
      day.put(entry.shift() + "/" + entry.post(), entry.userId());
    }
    return day;
  }

  /** A slot 「shift/post」 as staff read it. */
  private String name(String slot) {
    int slash = slot.indexOf('/');
    return label(slot.substring(0, slash), slot.substring(slash + 1));
  }

  /** 「县公安局」 for the day shift, 「县公安局（夜班）」 for another. */
  private String label(String shift, String post) {
    String name = posts.find(post).map(Post::name).orElse(post);
    return RosterProperties.DAY_SHIFT.equals(shift) ? name : name + "（" + shifts.nameOf(shift) + "）";
  }
}
