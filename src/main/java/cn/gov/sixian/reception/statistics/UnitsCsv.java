package cn.gov.sixian.reception.statistics;

import cn.gov.sixian.reception.catalogue.Unit;
import cn.gov.sixian.reception.statistics.StatisticsReport.UnitRow;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
  /** Jackson's CSV writer, quoting a value only when it must (separator, quote, line break). */
  private static final CsvMapper CSV = CsvMapper.builder()
      .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

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

    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of("单位代码", "责任单位"));
    COLUMNS.forEach(c -> header.add(c.header()));
    rows.add(header);
    for (Unit unit : catalogueUnits) {
      if (report.allUnits() || report.unitCodes().contains(unit.code())) {
        UnitRow row = byCode.remove(unit.code());
        rows.add(cells(unit.code(), unit.name(), row == null ? zero : row.indicators()));
      }
    }
    // units no longer in the catalogue, and cases without a unit yet
    byCode.values().forEach(row -> rows.add(cells(
        row.unitCode() == null ? "" : row.unitCode(), row.unitName(), row.indicators())));
    rows.add(cells("", "合计", report.overall()));
    return withBom(csv(rows));
  }

  /** The rows as CSV with CRLF lines, quoted only where needed, formulas defused. */
  static byte[] csv(List<List<String>> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (SequenceWriter writer = CSV.writer(CsvSchema.emptySchema().withLineSeparator("\r\n"))
        .writeValues(out)) {
      for (List<String> row : rows) {
        writer.write(row.stream().map(UnitsCsv::defused).toArray(String[]::new));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] withBom(byte[] text) {
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

  /** A leading = + - @ is defused, so Excel never runs a value as a formula. */
  static String defused(String value) {
    String v = value == null ? "" : value;
    return !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
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
