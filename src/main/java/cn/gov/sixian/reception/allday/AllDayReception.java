package cn.gov.sixian.reception.allday;

import cn.gov.sixian.reception.access.CaseAccess;
import cn.gov.sixian.reception.calendar.NoticeDaysOff;
import cn.gov.sixian.reception.calendar.WorkingDayCalendar;
import cn.gov.sixian.reception.identity.ReceptionGroups;
import cn.gov.sixian.reception.process.InvalidInputException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * 全天候联合接访: the center's director opens a period (e.g. 全国两会) in which every day has duty,
 * days off included, and may close it early. The statutory limits are not touched: they keep
 * counting working days of the calendar.
 */
@Service
public class AllDayReception implements NoticeDaysOff {

  static final int MAX_DAYS = 62;
  static final int REASON_LENGTH = 100;
  static final String DIRECTOR_ONLY = "只有联合接访中心主任可以启动或结束全天候联合接访。";

  private final JdbcAllDayPeriods store;
  private final WorkingDayCalendar calendar;
  private final CaseAccess caller;

  AllDayReception(JdbcAllDayPeriods store, WorkingDayCalendar calendar, CaseAccess caller) {
    this.store = store;
    this.calendar = calendar;
    this.caller = caller;
  }

  /** Whether a period covers the day: it then has duty even if it is a day off. */
  public boolean inForce(LocalDate date) {
    return store.overlapping(date, date).stream().anyMatch(p -> p.covers(date));
  }

  /** The days from {@code from} to {@code to} that a period covers, in one query (a month view). */
  public Set<LocalDate> daysInForce(LocalDate from, LocalDate to) {
    List<AllDayPeriod> periods = store.overlapping(from, to);
    Set<LocalDate> days = new HashSet<>();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      LocalDate date = day;
      if (periods.stream().anyMatch(p -> p.covers(date))) {
        days.add(date);
      }
    }
    return days;
  }

  /** Reminders go out on a period's days off too (the limits keep counting working days). */
  @Override
  public boolean covers(LocalDate date) {
    return inForce(date);
  }

  /** The period covering today, if any (the banner). */
  Optional<AllDayPeriod> current() {
    LocalDate today = calendar.today();
    return store.overlapping(today, today).stream().filter(p -> p.covers(today)).findFirst();
  }

  /** The period covering today, or else the one begun last (closed or over): its reports. */
  Optional<AllDayPeriod> currentOrLast() {
    LocalDate today = calendar.today();
    return current().or(() -> store.begunBy(today).stream()
        .filter(p -> p.lastDay() != null).reduce((a, b) -> b));
  }

  /** The periods not over yet (running or planned), earliest first. */
  List<AllDayPeriod> comingAndCurrent() {
    LocalDate today = calendar.today();
    return store.endingOnOrAfter(today).stream()
        .filter(p -> p.lastDay() != null && !p.lastDay().isBefore(today)).toList();
  }

  @Transactional
  AllDayPeriod open(LocalDate from, LocalDate to, String reason) {
    checkDirector();
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty() || why.length() > REASON_LENGTH) {
      throw new InvalidInputException("reason", "请填写启动原因（如「全国两会」），最多" + REASON_LENGTH + "字。");
    }
    if (from == null || to == null) {
      throw new InvalidInputException("from", "请填写开始日期和结束日期（from、to，格式2026-03-04）。");
    }
    LocalDate today = calendar.today();
    if (from.isBefore(today)) {
      throw new InvalidInputException("from", "开始日期" + from + "已过去，最早从今天（" + today + "）开始。");
    }
    if (to.isBefore(from)) {
      throw new InvalidInputException("to", "结束日期不能早于开始日期。");
    }
    if (from.plusDays(MAX_DAYS).isBefore(to)) {
      throw new InvalidInputException("to", "一次全天候联合接访最长" + MAX_DAYS + "天。");
    }
    for (AllDayPeriod other : store.overlapping(from, to)) {
      if (other.lastDay() != null && !other.lastDay().isBefore(from)) {
        throw new InvalidInputException("from", "与已启动的全天候联合接访（" + other.from() + "至"
            + other.to() + "，" + other.reason() + "）重叠。");
      }
    }
    AllDayPeriod period = new AllDayPeriod(UUID.randomUUID().toString(), from, to, why,
        caller.currentUserId(), null, null);
    store.insert(period, calendar.now());
    return period;
  }

  /** Ends the period today (or cancels it before it begins); today is no longer covered. */
  @Transactional
  AllDayPeriod close(String id) {
    checkDirector();
    AllDayPeriod period = store.find(id).orElseThrow(() ->
        new ResponseStatusException(HttpStatus.NOT_FOUND, "未找到该全天候联合接访。"));
    LocalDate today = calendar.today();
    if (period.closedOn() != null || period.to().isBefore(today)) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "该全天候联合接访已经结束。");
    }
    if (!store.close(id, today, caller.currentUserId(), calendar.now())) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "该全天候联合接访已经结束。");
    }
    return store.find(id).orElseThrow();
  }

  private void checkDirector() {
    if (caller.currentUserId() == null || !caller.isMemberOf(ReceptionGroups.CENTER_DIRECTOR)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, DIRECTOR_ONLY);
    }
  }
}
