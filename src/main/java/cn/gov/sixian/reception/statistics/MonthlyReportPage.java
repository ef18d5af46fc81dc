package cn.gov.sixian.reception.statistics;

import cn.gov.sixian.reception.calendar.ChineseDates;
import cn.gov.sixian.reception.statistics.StatisticsReport.CategoryRow;
import cn.gov.sixian.reception.statistics.StatisticsReport.OpenStageRow;
import cn.gov.sixian.reception.statistics.StatisticsReport.TierRow;
import cn.gov.sixian.reception.statistics.StatisticsReport.UnitRow;
import cn.gov.sixian.reception.statistics.StatisticsReport.WeekRow;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import cn.gov.sixian.reception.roster.DutyAttendance.PostAttendance;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The monthly analysis report for the county leadership (月度信访形势分析): a printable A4 page,
 * server-rendered from the month's figures and the previous month's (for the trend); the current
 * month up to today against the same days of the previous month ({@link ReportMonth}).
 */
final class MonthlyReportPage {

  private static final DateTimeFormatter GENERATED =
      DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
  private static final int TOP_CATEGORIES = 5;

  private MonthlyReportPage() {}

  static String render(ReportMonth report, StatisticsReport now, StatisticsReport before,
      ZoneId zone) {
    YearMonth month = report.month();
    String title = "信访工作月度分析报告（" + month.getYear() + "年" + month.getMonthValue() + "月"
        + (report.inProgress() ? "，截至" + ChineseDates.format(report.asOf()) : "") + "）";
    Html h = new Html();
    h.raw("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">")
        .element("title", title).raw("<style>").raw(CSS).raw("</style></head><body>")
        .raw("<p class=\"no-print\"><button type=\"button\" onclick=\"window.print()\">打印 / 另存为PDF</button></p>")
        .raw("<header>").element("p class=\"org\"", "泗县联合接访中心")
        .element("h1", title)
        .element("p class=\"meta\"", "统计期间：" + now.from() + " 至 " + now.to()
            + (now.allUnits() ? "　范围：全县各责任单位" : "　范围：" + String.join("、", unitNames(now)))
            + "　生成时间：" + GENERATED.format(now.generatedAt().atZone(zone)))
        .raw("</header>");

    totals(h, report, now.overall(), before.overall());
    weekly(h, now.weekly());
    categories(h, now.byCategory(), now.overall().registered());
    attentionUnits(h, now);
    tiers(h, now.tiers());
    satisfaction(h, now);
    attendance(h, now.attendance());

    h.raw("<footer>").element("p", "口径说明：信访件按来访登记时间计入期间，各项比率说明见系统文档“信访统计”；"
        + "未结、逾期为生成时的状态；工作日按工作日历（含法定节假日与调休）计算。")
        .raw("</footer></body></html>");
    return h.toString();
  }

  private static List<String> unitNames(StatisticsReport report) {
    return report.byUnit().stream().map(UnitRow::unitName).toList();
  }

  private static void totals(Html h, ReportMonth report, Indicators now, Indicators before) {
    // a month in progress names its span, and the previous month's same days it is compared with
    String asOf = report.inProgress() ? "截至" + dayInMonth(report.asOf()) : null;
    String previous = report.inProgress() ? "上月同期（" + days(report.previous()) + "）" : "上月";
    h.element("h2", "一、总体情况");
    h.element("p", (asOf == null ? "" : asOf + "，") + "本月登记信访件" + now.registered() + "件，已结案"
        + now.closed() + "件，初信初访办结率" + percent(now.firstVisitClosureRate()) + "，按期办结率"
        + percent(now.onTimeClosureRate()) + "，满意率（满意+基本满意）"
        + percent(now.satisfiedOrBasicallyRate()) + "。与" + previous + "相比，登记件数"
        + change(now.registered(), before.registered()) + "。");
    h.raw("<table><thead><tr>").element("th", "指标")
        .element("th", asOf == null ? "本月" : "本月（" + asOf + "）").element("th", previous)
        .element("th", "变化").raw("</tr></thead><tbody>");
    countRow(h, "登记件数", now.registered(), before.registered());
    countRow(h, "已结案件数", now.closed(), before.closed());
    rateRow(h, "初信初访办结率", now.firstVisitClosureRate(), before.firstVisitClosureRate());
    rateRow(h, "及时受理率", now.timelyAcceptanceRate(), before.timelyAcceptanceRate());
    rateRow(h, "按期办结率", now.onTimeClosureRate(), before.onTimeClosureRate());
    rateRow(h, "参评率", now.evaluationRate(), before.evaluationRate());
    rateRow(h, "满意率（满意）", now.satisfactionRate(), before.satisfactionRate());
    rateRow(h, "满意率（满意+基本满意）", now.satisfiedOrBasicallyRate(),
        before.satisfiedOrBasicallyRate());
    countRow(h, "重复访", now.repeatPetitions(), before.repeatPetitions());
    countRow(h, "集体访", now.groupVisits(), before.groupVisits());
    countRow(h, "越级访", now.skipLevelPetitions(), before.skipLevelPetitions());
    countRow(h, "提级调解次数", now.escalations(), before.escalations());
    countRow(h, "督办单", now.slipsIssued(), before.slipsIssued());
    countRow(h, "督办反馈逾期（含逾期未反馈）", now.slipsAnsweredLate() + now.slipsUnanswered(),
        before.slipsAnsweredLate() + before.slipsUnanswered());
    countRow(h, "问责移送", now.referrals(), before.referrals());
    countRow(h, "尚未办结", now.open(), before.open());
    countRow(h, "其中逾期", now.overdue(), before.overdue());
    h.raw("</tbody></table>");
  }

  private static void weekly(Html h, List<WeekRow> weeks) {
    h.element("h2", "二、逐周走势");
    long max = Math.max(1, weeks.stream().mapToLong(w -> w.indicators().registered()).max().orElse(1));
    h.raw("<table class=\"trend\"><thead><tr><th>周（起始日）</th><th>登记</th><th>已结案</th>"
        + "<th class=\"bar-cell\">登记件数</th></tr></thead><tbody>");
    for (WeekRow w : weeks) {
      long registered = w.indicators().registered();
      h.raw("<tr>").element("td", w.weekStart().getMonthValue() + "月" + w.weekStart().getDayOfMonth() + "日")
          .element("td class=\"num\"", registered).element("td class=\"num\"", w.indicators().closed())
          .raw("<td class=\"bar-cell\"><span class=\"bar\" style=\"width:"
              + (registered * 100 / max) + "%\"></span></td></tr>");
    }
    h.raw("</tbody></table>");
  }

  private static void categories(Html h, List<CategoryRow> rows, long total) {
    h.element("h2", "三、主要问题类别");
    List<CategoryRow> top = rows.stream().filter(r -> r.indicators().registered() > 0)
        .limit(TOP_CATEGORIES).toList();
    if (top.isEmpty()) {
      h.element("p", "本月无登记信访件。");
      return;
    }
    h.raw("<table><thead><tr><th>排序</th><th>问题类别</th><th>件数</th><th>占比</th>"
        + "<th>初信初访办结率</th><th>重复访</th></tr></thead><tbody>");
    int rank = 1;
    for (CategoryRow r : top) {
      h.raw("<tr>").element("td class=\"num\"", rank++).element("td", r.categoryName())
          .element("td class=\"num\"", r.indicators().registered())
          .element("td class=\"num\"", percent(Indicators.rate(r.indicators().registered(), total)))
          .element("td class=\"num\"", percent(r.indicators().firstVisitClosureRate()))
          .element("td class=\"num\"", r.indicators().repeatPetitions()).raw("</tr>");
    }
    h.raw("</tbody></table>");
  }

  /** Units with cases overdue now, or late or missing supervision feedback this month. */
  private static void attentionUnits(Html h, StatisticsReport report) {
    h.element("h2", "四、需关注的责任单位");
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
    List<String> units = names.keySet().stream()
        .filter(code -> overdueNow.getOrDefault(code, new long[2])[1] > 0
            || late(month.get(code)) > 0)
        .sorted((a, b) -> Long.compare(
            overdueNow.getOrDefault(b, new long[2])[1] + late(month.get(b)),
            overdueNow.getOrDefault(a, new long[2])[1] + late(month.get(a))))
        .toList();
    if (units.isEmpty()) {
      h.element("p", "各责任单位均无逾期未结信访件，督办单均按期反馈。");
      return;
    }
    h.raw("<table><thead><tr><th>责任单位</th><th>现有未结</th><th>其中逾期</th><th>本月督办单</th>"
        + "<th>反馈逾期</th><th>逾期未反馈</th><th>问责移送</th></tr></thead><tbody>");
    for (String code : units) {
      long[] open = overdueNow.getOrDefault(code, new long[2]);
      Indicators m = month.get(code);
      h.raw("<tr>").element("td", names.get(code)).element("td class=\"num\"", open[0])
          .element("td class=\"num\"", open[1])
          .element("td class=\"num\"", m == null ? 0 : m.slipsIssued())
          .element("td class=\"num\"", m == null ? 0 : m.slipsAnsweredLate())
          .element("td class=\"num\"", m == null ? 0 : m.slipsUnanswered())
          .element("td class=\"num\"", m == null ? 0 : m.referrals()).raw("</tr>");
    }
    h.raw("</tbody></table>");
  }

  private static long late(Indicators i) {
    return i == null ? 0 : i.slipsAnsweredLate() + i.slipsUnanswered();
  }

  private static void tiers(Html h, List<TierRow> tiers) {
    h.element("h2", "五、组织调解与提级");
    h.raw("<table><thead><tr><th>调解层级</th><th>进入</th><th>调解化解</th><th>提级</th>"
        + "<th>作出处理决定</th><th>进行中</th><th>平均用时（工作日）</th></tr></thead><tbody>");
    for (TierRow t : tiers) {
      h.raw("<tr>").element("td", t.tierName()).element("td class=\"num\"", t.entered())
          .element("td class=\"num\"", t.resolved()).element("td class=\"num\"", t.escalated())
          .element("td class=\"num\"", t.decided()).element("td class=\"num\"", t.running())
          .element("td class=\"num\"", t.averageWorkingDays() == null ? "—"
              : String.format(Locale.ROOT, "%.1f", t.averageWorkingDays()))
          .raw("</tr>");
    }
    h.raw("</tbody></table>");
  }

  private static void satisfaction(Html h, StatisticsReport report) {
    h.element("h2", "六、群众满意度");
    Indicators all = report.overall();
    h.element("p", "本月登记并已结案" + all.closed() + "件，参加评价" + all.evaluated() + "件（参评率"
        + percent(all.evaluationRate()) + "），其中满意" + all.satisfied() + "件、基本满意"
        + all.basicallySatisfied() + "件；满意率" + percent(all.satisfactionRate())
        + "，满意率（含基本满意）" + percent(all.satisfiedOrBasicallyRate()) + "。");
    List<UnitRow> rated = report.byUnit().stream().filter(u -> u.indicators().evaluated() > 0)
        .sorted((a, b) -> Double.compare(
            Objects.requireNonNullElse(a.indicators().satisfiedOrBasicallyRate(), 0.0),
            Objects.requireNonNullElse(b.indicators().satisfiedOrBasicallyRate(), 0.0)))
        .toList();
    if (rated.isEmpty()) {
      return;
    }
    h.raw("<table><thead><tr><th>责任单位</th><th>已结案</th><th>参评</th><th>参评率</th>"
        + "<th>满意率（满意）</th><th>满意率（满意+基本满意）</th></tr></thead><tbody>");
    for (UnitRow u : rated) {
      Indicators i = u.indicators();
      h.raw("<tr>").element("td", u.unitName()).element("td class=\"num\"", i.closed())
          .element("td class=\"num\"", i.evaluated())
          .element("td class=\"num\"", percent(i.evaluationRate()))
          .element("td class=\"num\"", percent(i.satisfactionRate()))
          .element("td class=\"num\"", percent(i.satisfiedOrBasicallyRate())).raw("</tr>");
    }
    h.raw("</tbody></table>");
  }

  private static void attendance(Html h, List<PostAttendance> rows) {
    h.element("h2", "七、值班签到");
    if (rows.isEmpty()) {
      h.element("p", "本月无值班安排。");
      return;
    }
    int missed = rows.stream().mapToInt(PostAttendance::missed).sum();
    int late = rows.stream().mapToInt(PostAttendance::late).sum();
    h.element("p", "本月值班" + rows.stream().mapToInt(PostAttendance::dutyDays).sum() + "人次，按时签到"
        + rows.stream().mapToInt(PostAttendance::onTime).sum() + "人次，迟到" + late + "人次，未签到"
        + missed + "人次。");
    h.raw("<table><thead><tr><th>岗位</th><th>值班天数</th><th>按时签到</th><th>迟到</th>"
        + "<th>未签到</th></tr></thead><tbody>");
    for (PostAttendance a : rows) {
      h.raw("<tr>").element("td", a.postName()).element("td class=\"num\"", a.dutyDays())
          .element("td class=\"num\"", a.onTime()).element("td class=\"num\"", a.late())
          .element("td class=\"num\"", a.missed()).raw("</tr>");
    }
    h.raw("</tbody></table>");
  }

  private static void countRow(Html h, String label, long now, long before) {
    h.raw("<tr>").element("td", label).element("td class=\"num\"", now)
        .element("td class=\"num\"", before).element("td class=\"num\"", change(now, before))
        .raw("</tr>");
  }

  private static void rateRow(Html h, String label, Double now, Double before) {
    String change = now == null || before == null ? "—"
        : String.format(Locale.ROOT, "%+.2f个百分点", (now - before) * 100);
    h.raw("<tr>").element("td", label).element("td class=\"num\"", percent(now))
        .element("td class=\"num\"", percent(before)).element("td class=\"num\"", change)
        .raw("</tr>");
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

  private static final String CSS = """
      @page { size: A4; margin: 18mm 16mm; }
      body { font-family: "SimSun", "Songti SC", "Noto Serif CJK SC", serif; color: #000;
             max-width: 180mm; margin: 0 auto; font-size: 11pt; line-height: 1.6; }
      header { text-align: center; border-bottom: 2px solid #b00; margin-bottom: 6mm; }
      .org { color: #b00; font-size: 14pt; letter-spacing: 0.3em; margin: 0; }
      h1 { font-size: 18pt; margin: 2mm 0; }
      .meta { font-size: 9.5pt; color: #333; }
      h2 { font-size: 13pt; margin: 6mm 0 2mm; font-family: "SimHei", "Heiti SC", sans-serif; }
      table { border-collapse: collapse; width: 100%; margin: 2mm 0; page-break-inside: avoid; }
      th, td { border: 1px solid #444; padding: 1mm 2mm; font-size: 10pt; }
      th { background: #eee; }
      td.num { text-align: right; white-space: nowrap; }
      .bar-cell { width: 45%; }
      .bar { display: inline-block; height: 3mm; background: #555; }
      footer { margin-top: 8mm; font-size: 9pt; color: #333; border-top: 1px solid #999; }
      @media print { .no-print { display: none; } th { -webkit-print-color-adjust: exact;
        print-color-adjust: exact; } .bar { -webkit-print-color-adjust: exact;
        print-color-adjust: exact; } }
      """;
}
