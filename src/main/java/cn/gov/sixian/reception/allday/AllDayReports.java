package cn.gov.sixian.reception.allday;

import cn.gov.sixian.reception.calendar.WorkingDayCalendar;
import cn.gov.sixian.reception.catalogue.ProblemCategory;
import cn.gov.sixian.reception.catalogue.UnitCatalogue;
import cn.gov.sixian.reception.notification.AllDayNotifier;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 日报 of the all-day reception: from the set hour of each day a period covers, roster-watch's
 * timer writes the day's report once (the day is the table's key) and mails it to the director and
 * the county leaders. A day with nothing registered gets a 零报告 saying so.
 */
@Component("allDayReports")
public class AllDayReports {

  static final String NOTHING_REGISTERED = "今日无新登记信访事项。";
  /** Longest list of cases in one report; the counts are complete regardless. */
  static final int LIST_LIMIT = 100;

  private final AllDayReception periods;
  private final JdbcDailyReports store;
  private final WorkingDayCalendar calendar;
  private final AllDayReportProperties properties;
  private final UnitCatalogue catalogue;
  private final AllDayNotifier notifier;

  AllDayReports(AllDayReception periods, JdbcDailyReports store, WorkingDayCalendar calendar,
      AllDayReportProperties properties, UnitCatalogue catalogue, AllDayNotifier notifier) {
    this.periods = periods;
    this.store = store;
    this.calendar = calendar;
    this.properties = properties;
    this.catalogue = catalogue;
    this.notifier = notifier;
  }

  /** Called by the timer: writes and mails today's report when it is due. Returns whether it did. */
  @Transactional
  public boolean reportIfDue() {
    LocalDate today = calendar.today();
    Optional<AllDayPeriod> period = periods.current();
    Instant now = calendar.now();
    if (period.isEmpty() || now.isBefore(at(today, properties.reportAt()))
        || store.exists(today)) {
      return false;
    }
    DailyReport report = build(period.get(), today, now);
    store.insert(report);
    notifier.dailyReport(today.toString(), subject(report), report.text());
    return true;
  }

  /** The reports of the period in force, or else of the last one begun; oldest first. */
  List<DailyReport> ofCurrentOrLastPeriod() {
    return periods.currentOrLast().map(p -> store.ofPeriod(p.id())).orElse(List.of());
  }

  private DailyReport build(AllDayPeriod period, LocalDate day, Instant now) {
    Instant from = at(day, java.time.LocalTime.MIDNIGHT);
    Instant to = at(day.plusDays(1), java.time.LocalTime.MIDNIGHT);
    int registered = store.registered(from, to);
    List<JdbcDailyReports.Listed> listed = store.listed(from, to);
    int group = (int) listed.stream().filter(JdbcDailyReports.Listed::groupVisit).count();
    int repeat = (int) listed.stream().filter(JdbcDailyReports.Listed::repeatPetition).count();
    int closed = store.closed(from, to);
    int open = store.open();
    int overdue = store.overdue(now);
    String text = text(period, day, registered, group, repeat, closed, open, overdue, listed);
    return new DailyReport(day, period.id(), registered, group, repeat, closed, open, overdue, text,
        now);
  }

  private String text(AllDayPeriod period, LocalDate day, int registered, int group, int repeat,
      int closed, int open, int overdue, List<JdbcDailyReports.Listed> listed) {
    StringBuilder t = new StringBuilder();
    t.append("全天候联合接访（").append(period.reason()).append("）").append(day)
        .append("日报").append(registered == 0 ? "（零报告）" : "").append("\n\n");
    if (registered == 0) {
      t.append(NOTHING_REGISTERED).append("\n");
    } else {
      t.append("今日新登记信访事项").append(registered).append("件，其中集体访").append(group)
          .append("件、重复信访").append(repeat).append("件。\n");
    }
    t.append("今日办结").append(closed).append("件；目前在办").append(open).append("件，其中逾期")
        .append(overdue).append("件。\n");
    if (!listed.isEmpty()) {
      t.append("\n集体访和重复信访：\n");
      List<String> lines = new ArrayList<>();
      for (JdbcDailyReports.Listed c : listed.subList(0, Math.min(LIST_LIMIT, listed.size()))) {
        lines.add("- " + c.caseNumber() + "　" + kinds(c) + "　"
            + (c.unitName() == null ? "尚未交办" : c.unitName()) + "　"
            + catalogue.findCategory(c.category()).map(ProblemCategory::name).orElse(c.category()));
      }
      if (listed.size() > LIST_LIMIT) {
        lines.add("（另有" + (listed.size() - LIST_LIMIT) + "件，请在联合接访系统中查看）");
      }
      t.append(String.join("\n", lines)).append("\n");
    }
    return t.toString();
  }

  private static String kinds(JdbcDailyReports.Listed c) {
    return c.groupVisit() && c.repeatPetition() ? "集体访、重复信访"
        : c.groupVisit() ? "集体访" : "重复信访";
  }

  private static String subject(DailyReport report) {
    return "【全天候联合接访】" + report.date() + "日报" + (report.zeroReport() ? "（零报告）" : "");
  }

  private Instant at(LocalDate day, java.time.LocalTime time) {
    return ZonedDateTime.of(day, time, calendar.zone()).toInstant();
  }
}
