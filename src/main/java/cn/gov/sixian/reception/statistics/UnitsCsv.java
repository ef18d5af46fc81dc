package cn.gov.sixian.reception.statistics;

import cn.gov.sixian.reception.catalogue.Unit;
import cn.gov.sixian.reception.statistics.StatisticsReport.UnitRow;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The per-unit figures as a CSV file Excel opens as it is: UTF-8 with a byte-order mark (without
 * it Excel reads Chinese as GBK), Chinese headers, CRLF lines, rates as percentages. One row per
 * unit of the catalogue in the viewer's scope (units without cases show zeros), a row for cases
 * not yet assigned if there are any, then the total.
 */
final class UnitsCsv {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private record Column(String header, Function<Indicators, String> value) {}

  private static final List<Column> COLUMNS = List.of(
      count("登记件数", Indicators::registered),
      count("已结案件数", Indicators::closed),
      count("初信初访件数", Indicators::firstVisits),
      count("初信初访办结件数", Indicators::firstVisitsClosed),
      rate("初信初访办结率", Indicators::firstVisitClosureRate),
      rate("及时受理率", Indicators::timelyAcceptanceRate),
      rate("按期办结率", Indicators::onTimeClosureRate),
      count("参评件数", Indicators::evaluated),
      rate("参评率", Indicators::evaluationRate),
      rate("满意率（满意）", Indicators::satisfactionRate),
      rate("满意率（满意+基本满意）", Indicators::satisfiedOrBasicallyRate),
      count("重复访", Indicators::repeatPetitions),
      count("集体访", Indicators::groupVisits),
      count("越级访", Indicators::skipLevelPetitions),
      count("提级调解次数", Indicators::escalations),
      count("督办单", Indicators::slipsIssued),
      count("督办反馈逾期", Indicators::slipsAnsweredLate),
      count("督办逾期未反馈", Indicators::slipsUnanswered),
      count("问责移送", Indicators::referrals),
      count("未结件数", Indicators::open),
      count("逾期件数", Indicators::overdue),
      new Column("平均办理用时（工作日）", i -> i.averageHandlingWorkingDays() == null ? ""
          : String.format(Locale.ROOT, "%.1f", i.averageHandlingWorkingDays())));

  private UnitsCsv() {}

  static byte[] write(StatisticsReport report, List<Unit> catalogueUnits) {
    Map<String, UnitRow> byCode = new LinkedHashMap<>();
    report.byUnit().forEach(row -> byCode.put(row.unitCode(), row));
    Indicators zero = Indicators.of(new Counts());

    StringBuilder csv = new StringBuilder();
    List<String> header = new ArrayList<>(List.of("单位代码", "责任单位"));
    COLUMNS.forEach(c -> header.add(c.header()));
    line(csv, header);
    for (Unit unit : catalogueUnits) {
      if (report.allUnits() || report.unitCodes().contains(unit.code())) {
        UnitRow row = byCode.remove(unit.code());
        line(csv, cells(unit.code(), unit.name(), row == null ? zero : row.indicators()));
      }
    }
    // units no longer in the catalogue, and cases without a unit yet
    byCode.values().forEach(row -> line(csv, cells(
        row.unitCode() == null ? "" : row.unitCode(), row.unitName(), row.indicators())));
    line(csv, cells("", "合计", report.overall()));

    byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
    byte[] file = new byte[BOM.length + text.length];
    System.arraycopy(BOM, 0, file, 0, BOM.length);
    System.arraycopy(text, 0, file, BOM.length, text.length);
    return file;
  }

  private static List<String> cells(String code, String name, Indicators indicators) {
    List<String> cells = new ArrayList<>(List.of(code, name));
    COLUMNS.forEach(c -> cells.add(c.value().apply(indicators)));
    return cells;
  }

  private static void line(StringBuilder csv, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(escape(cells.get(i)));
    }
    csv.append("\r\n");
  }

  /** Quotes where needed; a leading = + - @ is defused so Excel never runs it as a formula. */
  static String escape(String value) {
    String v = value == null ? "" : value;
    if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      v = "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }

  private static Column count(String header, Function<Indicators, Long> value) {
    return new Column(header, i -> String.valueOf(value.apply(i)));
  }

  private static Column rate(String header, Function<Indicators, Double> value) {
    return new Column(header, i -> {
      Double rate = value.apply(i);
      return rate == null ? "" : String.format(Locale.ROOT, "%.2f%%", rate * 100);
    });
  }
}
