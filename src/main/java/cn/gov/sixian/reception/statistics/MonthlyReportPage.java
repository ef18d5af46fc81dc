package cn.gov.sixian.reception.statistics;

import cn.gov.sixian.reception.calendar.ChineseDates;
import cn.gov.sixian.reception.roster.DutyAttendance.PostAttendance;
import cn.gov.sixian.reception.statistics.StatisticsReport.CategoryRow;
import cn.gov.sixian.reception.statistics.StatisticsReport.OpenStageRow;
import cn.gov.sixian.reception.statistics.StatisticsReport.ReviewRow;
import cn.gov.sixian.reception.statistics.StatisticsReport.UnitRow;
import cn.gov.sixian.reception.statistics.StatisticsReport.WeekRow;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The monthly analysis report for the county leadership (月度信访形势分析): a printable A4 page,
 * the template {@code reports/monthly-report.html} filled with the month's figures and the
 * previous month's (for the trend); the current month up to today against the same days of the
 * previous month ({@link ReportMonth}). Figures are formatted here, the page's wording and layout
 * are the template's.
 */
final class MonthlyReportPage {

  private static final DateTimeFormatter GENERATED =
      DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
  private static final int TOP_CATEGORIES = 5;
  private static final TemplateEngine TEMPLATES = templates();

  private MonthlyReportPage() {}

  record Totals(String summary, String nowHeading, String previousHeading, List<TotalRow> rows) {}

  record TotalRow(String label, Object now, Object before, String change) {}

  record Week(String label, long registered, long closed, long barPercent) {}

  record Category(int rank, String name, long registered, String share, String firstVisitClosure,
      long repeatPetitions) {}

  record AttentionUnit(String unitName, long open, long overdue, long slipsIssued,
      long slipsAnsweredLate, long slipsUnanswered, long referrals) {}

  record Tier(String name, long entered, long resolved, long escalated, long decided,
      long running, String averageWorkingDays) {}

  record Satisfaction(String summary, List<RatedUnit> units) {}

  record RatedUnit(String unitName, long closed, long evaluated, String evaluationRate,
      String satisfactionRate, String satisfiedOrBasicallyRate) {}

  record Attendance(String summary, List<PostAttendance> posts) {}

  record Reviews(String summary, List<ReviewRow> rows) {}

  static String render(ReportMonth report, StatisticsReport now, StatisticsReport before,
      ZoneId zone) {
    YearMonth month = report.month();
    String title = "信访工作月度分析报告（" + month.getYear() + "年" + month.getMonthValue() + "月"
        + (report.inProgress() ? "，截至" + ChineseDates.format(report.asOf()) : "") + "）";
    Map<String, Object> page = new HashMap<>();
    page.put("title", title);
    page.put("meta", "统计期间：" + now.from() + " 至 " + now.to()
        + (now.allUnits() ? "　范围：全县各责任单位" : "　范围：" + String.join("、", unitNames(now)))
        + "　生成时间：" + GENERATED.format(now.generatedAt().atZone(zone)));
    page.put("totals", totals(report, now.overall(), before.overall()));
    page.put("weeks", weeks(now.weekly()));
    page.put("categories", categories(now.byCategory(), now.overall().registered()));
    page.put("attention", attentionUnits(now));
    page.put("tiers", now.tiers().stream().map(t -> new Tier(t.tierName(), t.entered(),
        t.resolved(), t.escalated(), t.decided(), t.running(), t.averageWorkingDays() == null ? "—"
            : String.format(Locale.ROOT, "%.1f", t.averageWorkingDays()))).toList());
    page.put("satisfaction", satisfaction(now));
    page.put("attendance", attendance(now.attendance()));
    page.put("reviews", reviews(now.reviews()));
    return TEMPLATES.process("monthly-report", new Context(Locale.SIMPLIFIED_CHINESE, page));
  }

  /** The small page a refused or wrong request gets instead of the report. */
  static String refused(int status, String message) {
    return TEMPLATES.process("monthly-report-refused", new Context(Locale.SIMPLIFIED_CHINESE,
        Map.of("status", status, "message", message)));
  }

  private static TemplateEngine templates() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("reports/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }

  private static List<String> unitNames(StatisticsReport report) {
    return report.byUnit().stream().map(UnitRow::unitName).toList();
  }

  private static Totals totals(ReportMonth report, Indicators now, Indicators before) {
    // a month in progress names its span, and the previous month's same days it is compared with
    String asOf = report.inProgress() ? "截至" + dayInMonth(report.asOf()) : null;
    String previous = report.inProgress() ? "上月同期（" + days(report.previous()) + "）" : "上月";
    String summary = (asOf == null ? "" : asOf + "，") + "本月登记信访件" + now.registered() + "件，已结案"
        + now.closed() + "件，初信初访办结率" + percent(now.firstVisitClosureRate()) + "，按期办结率"
        + percent(now.onTimeClosureRate()) + "，满意率（满意+基本满意）"
        + percent(now.satisfiedOrBasicallyRate()) + "。与" + previous + "相比，登记件数"
        + change(now.registered(), before.registered()) + "。";
    List<TotalRow> rows = List.of(
        count("登记件数", now.registered(), before.registered()),
        count("已结案件数", now.closed(), before.closed()),
        rate("初信初访办结率", now.firstVisitClosureRate(), before.firstVisitClosureRate()),
        rate("及时受理率", now.timelyAcceptanceRate(), before.timelyAcceptanceRate()),
        rate("按期办结率", now.onTimeClosureRate(), before.onTimeClosureRate()),
        rate("参评率", now.evaluationRate(), before.evaluationRate()),
        rate("满意率（满意）", now.satisfactionRate(), before.satisfactionRate()),
        rate("满意率（满意+基本满意）", now.satisfiedOrBasicallyRate(),
            before.satisfiedOrBasicallyRate()),
        count("重复访", now.repeatPetitions(), before.repeatPetitions()),
        count("集体访", now.groupVisits(), before.groupVisits()),
        count("越级访", now.skipLevelPetitions(), before.skipLevelPetitions()),
        count("提级调解次数", now.escalations(), before.escalations()),
        count("督办单", now.slipsIssued(), before.slipsIssued()),
        count("督办反馈逾期（含逾期未反馈）", now.slipsAnsweredLate() + now.slipsUnanswered(),
            before.slipsAnsweredLate() + before.slipsUnanswered()),
        count("问责移送", now.referrals(), before.referrals()),
        count("尚未办结", now.open(), before.open()),
        count("其中逾期", now.overdue(), before.overdue()));
    return new Totals(summary, asOf == null ? "本月" : "本月（" + asOf + "）", previous, rows);
  }

  private static List<Week> weeks(List<WeekRow> weeks) {
    long max = Math.max(1, weeks.stream().mapToLong(w -> w.indicators().registered()).max().orElse(1));
    return weeks.stream().map(w -> new Week(
        w.weekStart().getMonthValue() + "月" + w.weekStart().getDayOfMonth() + "日",
        w.indicators().registered(), w.indicators().closed(),
        w.indicators().registered() * 100 / max)).toList();
  }

  private static List<Category> categories(List<CategoryRow> rows, long total) {
    List<CategoryRow> top = rows.stream().filter(r -> r.indicators().registered() > 0)
        .limit(TOP_CATEGORIES).toList();
    List<Category> categories = new ArrayList<>();
    for (CategoryRow r : top) {
      categories.add(new Category(categories.size() + 1, r.categoryName(),
          r.indicators().registered(), percent(Indicators.rate(r.indicators().registered(), total)),
          percent(r.indicators().firstVisitClosureRate()), r.indicators().repeatPetitions()));
    }
    return categories;
  }

  /** Units with cases overdue now, or late or missing supervision feedback this month. */
  private static List<AttentionUnit> attentionUnits(StatisticsReport report) {
    Map<String, long[]> overdueNow = new HashMap<>();
    for (OpenStageRow r : report.openByUnitAndStage()) {
      long[] c = overdueNow.computeIfAbsent(r.unitCode(), k -> new long[2]);
      c[0] += r.open();
      c[1] += r.overdue();
    }
    Map<String, String> names = new HashMap<>();
    report.openByUnitAndStage().forEach(r -> names.put(r.unitCode(), r.unitName()));
    Map<String, Indicators> month = new HashMap<>();
    report.byUnit().forEach(r -> {
      month.put(r.unitCode(), r.indicators());
      names.put(r.unitCode(), r.unitName());
    });
    return names.keySet().stream()
        .filter(code -> overdueNow.getOrDefault(code, new long[2])[1] > 0
            || late(month.get(code)) > 0)
        .sorted((a, b) -> Long.compare(
            overdueNow.getOrDefault(b, new long[2])[1] + late(month.get(b)),
            overdueNow.getOrDefault(a, new long[2])[1] + late(month.get(a))))
        .map(code -> {
          long[] open = overdueNow.getOrDefault(code, new long[2]);
          Indicators m = month.get(code);
          return m == null ? new AttentionUnit(names.get(code), open[0], open[1], 0, 0, 0, 0)
              : new AttentionUnit(names.get(code), open[0], open[1], m.slipsIssued(),
                  m.slipsAnsweredLate(), m.slipsUnanswered(), m.referrals());
        })
        .toList();
  }

  private static long late(Indicators i) {
    return i == null ? 0 : i.slipsAnsweredLate() + i.slipsUnanswered();
  }

  private static Satisfaction satisfaction(StatisticsReport report) {
    Indicators all = report.overall();
    String summary = "本月登记并已结案" + all.closed() + "件，参加评价" + all.evaluated() + "件（参评率"
        + percent(all.evaluationRate()) + "），其中满意" + all.satisfied() + "件、基本满意"
        + all.basicallySatisfied() + "件；满意率" + percent(all.satisfactionRate())
        + "，满意率（含基本满意）" + percent(all.satisfiedOrBasicallyRate()) + "。";
    List<RatedUnit> rated = report.byUnit().stream().filter(u -> u.indicators().evaluated() > 0)
        .sorted((a, b) -> Double.compare(
            Objects.requireNonNullElse(a.indicators().satisfiedOrBasicallyRate(), 0.0),
            Objects.requireNonNullElse(b.indicators().satisfiedOrBasicallyRate(), 0.0)))
        .map(u -> new RatedUnit(u.unitName(), u.indicators().closed(), u.indicators().evaluated(),
            percent(u.indicators().evaluationRate()), percent(u.indicators().satisfactionRate()),
            percent(u.indicators().satisfiedOrBasicallyRate())))
        .toList();
    return new Satisfaction(summary, rated);
  }

  private static Attendance attendance(List<PostAttendance> rows) {
    String summary = "本月值班" + rows.stream().mapToInt(PostAttendance::dutyDays).sum() + "人次，按时签到"
        + rows.stream().mapToInt(PostAttendance::onTime).sum() + "人次，迟到"
        + rows.stream().mapToInt(PostAttendance::late).sum() + "人次，未签到"
        + rows.stream().mapToInt(PostAttendance::missed).sum() + "人次。";
    return new Attendance(summary, rows);
  }

  /** 复查、复核: requested and decided this month, the outcomes, and matters finalised. */
  private static Reviews reviews(List<ReviewRow> rows) {
    long requested = rows.stream().mapToLong(ReviewRow::requested).sum();
    long decided = rows.stream().mapToLong(ReviewRow::decided).sum();
    long finalised = rows.stream().mapToLong(ReviewRow::finalised).sum();
    String summary = requested == 0 && decided == 0 ? "本月无复查、复核申请，也未出具复查、复核意见。"
        : "本月申请复查、复核" + requested + "件，出具意见" + decided + "件，其中经复核终结的信访事项"
            + finalised + "件。";
    return new Reviews(summary, rows);
  }

  private static TotalRow count(String label, long now, long before) {
    return new TotalRow(label, now, before, change(now, before));
  }

  private static TotalRow rate(String label, Double now, Double before) {
    String change = now == null || before == null ? "—"
        : String.format(Locale.ROOT, "%+.2f个百分点", (now - before) * 100);
    return new TotalRow(label, percent(now), percent(before), change);
  }

  private static String dayInMonth(LocalDate day) {
    return day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
  }

  /** 11月1日至7日, or 11月1日 alone. */
  private static String days(Period period) {
    return dayInMonth(period.from())
        + (period.to().equals(period.from()) ? "" : "至" + period.to().getDayOfMonth() + "日");
  }

  static String change(long now, long before) {
    if (now == before) {
      return "持平";
    }
    String direction = now > before ? "增加" : "减少";
    String share = before == 0 ? "" : String.format(Locale.ROOT, "（%.1f%%）",
        Math.abs(now - before) * 100.0 / before);
    return direction + Math.abs(now - before) + "件" + share;
  }

  static String percent(Double rate) {
    return rate == null ? "—" : String.format(Locale.ROOT, "%.2f%%", rate * 100);
  }
}
