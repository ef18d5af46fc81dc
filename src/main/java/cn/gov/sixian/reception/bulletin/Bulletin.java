package cn.gov.sixian.reception.bulletin;

import java.time.LocalDate;
import java.util.List;

/**
 * The bulletin (通报) of a period: per unit, the supervision slips issued or still open, those
 * answered late or not at all, and the unit's cases past a deadline now.
 */
public record Bulletin(LocalDate from, LocalDate to, List<UnitLine> units) {

  /** One unit's line of the bulletin. */
  public record UnitLine(
      String unitCode,
      String unitName,
      int slipsIssued,
      int slipsOpen,
      int feedbackLate,
      int unanswered,
      int overdueCases,
      List<String> caseNumbers) {}

  public int totalSlipsIssued() {
    return units.stream().mapToInt(UnitLine::slipsIssued).sum();
  }

  public int totalFeedbackLate() {
    return units.stream().mapToInt(UnitLine::feedbackLate).sum();
  }

  public int totalOverdueCases() {
    return units.stream().mapToInt(UnitLine::overdueCases).sum();
  }
}
