package cn.gov.sixian.reception.roster;

import cn.gov.sixian.reception.process.InvalidInputException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The duty roster the center keeps (值班表): who is on duty at each post in each shift of each
 * day ({@link Shifts}). Every change —
 * one cell, a copied week, a month filled from a rotation, an imported file — is checked as a
 * whole by {@link RosterRules} and the caller's rights ({@link RosterAccess}) and saved all or
 * nothing.
 */
@Service
public class Roster {

  static final int MAX_DAYS = 62;

  private final JdbcRoster store;
  private final RosterRules rules;
  private final RosterAccess access;
  private final RosterPosts posts;
  private final DutyDays days;
  private final Shifts shifts;

  Roster(JdbcRoster store, RosterRules rules, RosterAccess access, RosterPosts posts, DutyDays days,
      Shifts shifts) {
    this.shifts = shifts;
    this.store = store;
    this.rules = rules;
    this.access = access;
    this.posts = posts;
    this.days = days;
  }

  List<RosterEntry> between(LocalDate from, LocalDate to) {
    checkRange(from, to);
    return store.between(from, to);
  }

  /** Saves the changes after checking them all; the first post the caller may not edit refuses all. */
  @Transactional
  int apply(List<RosterChange> changes) {
    for (RosterChange change : changes) {
      posts.find(change.post()).ifPresent(access::checkMayEdit);
    }
    List<String> problems = rules.problems(changes);
    if (!problems.isEmpty()) {
      throw new InvalidInputException("roster", String.join("\n", problems));
    }
    String by = access.currentUserId();
    for (RosterChange change : changes) {
      if (change.userId() == null) {
        store.remove(change.date(), change.shift(), change.post());
      } else {
        store.put(new RosterEntry(change.date(), change.shift(), change.post(), change.userId()), by);
      }
    }
    return changes.size();
  }

  /**
   * 复制上周: the week before {@code monday}'s week, copied day by day into it, for every post the
   * caller may edit. Shifts the target day does not have are skipped (a day off, a night shift
   * after an all-day period); posts empty last week are left as they are.
   */
  @Transactional
  int copyPreviousWeek(LocalDate monday) {
    if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
      throw new InvalidInputException("week", "「week」须为一周的星期一，实为" + monday + "。");
    }
    Map<String, Post> editable = posts.all().stream().filter(access::mayEdit)
        .collect(Collectors.toMap(Post::code, Function.identity()));
    List<RosterChange> changes = new ArrayList<>();
    for (RosterEntry last : store.between(monday.minusDays(7), monday.minusDays(1))) {
      LocalDate target = last.date().plusDays(7);
      if (editable.containsKey(last.post()) && shifts.find(target, last.shift()).isPresent()) {
        changes.add(new RosterChange(target, last.shift(), last.post(), last.userId(), null));
      }
    }
    if (changes.isEmpty()) {
      throw new InvalidInputException("week", "上周（" + monday.minusDays(7) + "起）没有可复制的值班安排。");
    }
    return apply(changes);
  }

  /**
   * 按轮换排班: the post's shift on the duty days of the month that have it (from today on), given
   * to the people in turn, starting again from the first after the last.
   */
  @Transactional
  int fillFromRotation(YearMonth month, String post, String shift, List<String> people) {
    if (people == null || people.isEmpty()) {
      throw new InvalidInputException("people", "请至少选择一名轮换人员。");
    }
    LocalDate from = month.atDay(1).isBefore(days.today()) ? days.today() : month.atDay(1);
    List<RosterChange> changes = new ArrayList<>();
    int turn = 0;
    for (LocalDate day = from; !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
      if (shifts.find(day, shift).isPresent()) {
        changes.add(new RosterChange(day, shift, post, people.get(turn++ % people.size()), null));
      }
    }
    if (changes.isEmpty()) {
      throw new InvalidInputException("month", month + (RosterProperties.DAY_SHIFT.equals(shift)
          ? "没有尚可安排的工作日。" : "没有尚可安排该班次的日子（该班次只在全天候联合接访期间安排）。"));
    }
    return apply(changes);
  }

  /** A planned file (see {@link RosterCsv}), saved all or nothing. */
  @Transactional
  int importCsv(byte[] file) {
    List<RosterChange> changes = new ArrayList<>();
    for (RosterCsv.Row row : RosterCsv.read(file, posts, shifts)) {
      String line = "第" + row.line() + "行";
      Optional<Post> post = posts.find(row.post());
      if (post.isPresent() && !access.mayEdit(post.get())) {
        try {
          access.checkMayEdit(post.get());
        } catch (ResponseStatusException e) {
          throw new ResponseStatusException(HttpStatus.FORBIDDEN, line + "：" + e.getReason());
        }
      }
      changes.add(new RosterChange(row.date(), row.shift(), row.post(), row.userId(), line));
    }
    return apply(changes);
  }

  static void checkRange(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new InvalidInputException("to", "结束日期不能早于开始日期。");
    }
    if (from.plusDays(MAX_DAYS).isBefore(to)) {
      throw new InvalidInputException("to", "一次最多查看" + MAX_DAYS + "天的值班表。");
    }
  }
}
