package cn.gov.sixian.reception.intake;

import cn.gov.sixian.reception.caseregister.CaseRecord;
import cn.gov.sixian.reception.catalogue.UnitCatalogue;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** One line per earlier case for the task forms: number, date, category, unit, status. */
@Component
class EarlierCasesSummary {

  static final String NONE = "无（初次来访）";
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

  private final UnitCatalogue catalogue;
  private final Clock clock;

  EarlierCasesSummary(UnitCatalogue catalogue, Clock clock) {
    this.catalogue = catalogue;
    this.clock = clock;
  }

  String of(List<CaseRecord> earlier) {
    if (earlier.isEmpty()) {
      return NONE;
    }
    return earlier.stream().map(this::line).collect(Collectors.joining("\n"));
  }

  private String line(CaseRecord c) {
    String category =
        catalogue.findCategory(c.problemCategory()).map(x -> x.name()).orElse(c.problemCategory());
    return String.join(
        "｜",
        c.caseNumber(),
        DATE.format(c.registeredAt().atZone(clock.getZone())),
        category,
        c.unitName() == null ? "未分派" : c.unitName(),
        c.status().label());
  }
}
