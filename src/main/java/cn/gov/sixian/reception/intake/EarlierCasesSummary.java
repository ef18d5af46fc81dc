package cn.gov.sixian.reception.intake;

import cn.gov.sixian.reception.review.CaseReview;
import cn.gov.sixian.reception.review.CaseReviews;
import cn.gov.sixian.reception.review.ReviewKind;
import cn.gov.sixian.reception.review.ReviewOutcome;
import cn.gov.sixian.reception.review.ReviewStatus;
import java.util.ArrayList;
import java.util.Map;
import java.util.Objects;

import cn.gov.sixian.reception.caseregister.CaseRecord;
import cn.gov.sixian.reception.catalogue.UnitCatalogue;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * One line per earlier case for the task forms: number, date, category, unit, status, and the
 * outcome of its review and re-review; and which of them are finalised matters.
 */
@Component
class EarlierCasesSummary {

  static final String NONE = "无（初次来访）";
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

  private final UnitCatalogue catalogue;
  private final Clock clock;
  private final CaseReviews reviews;

  EarlierCasesSummary(UnitCatalogue catalogue, Clock clock, CaseReviews reviews) {
    this.catalogue = catalogue;
    this.clock = clock;
    this.reviews = reviews;
  }

  /** The earlier cases with their review and re-review outcomes, if any. */
  Summary of(List<CaseRecord> earlier, String category) {
    if (earlier.isEmpty()) {
      return new Summary(NONE, null);
    }
    Map<String, List<CaseReview>> reviewed =
        reviews.ofCases(earlier.stream().map(CaseRecord::caseNumber).toList());
    String lines = earlier.stream()
        .map(c -> line(c, reviewed.getOrDefault(c.caseNumber(), List.of())))
        .collect(Collectors.joining("\n"));
    // a matter of the same category decided at re-review is final (信访工作条例 article 36)
    String finalised = earlier.stream()
        .filter(c -> Objects.equals(c.problemCategory(), category))
        .filter(c -> reviewed.getOrDefault(c.caseNumber(), List.of()).stream().anyMatch(
            r -> r.kind() == ReviewKind.RE_REVIEW && r.status() == ReviewStatus.DECIDED))
        .map(c -> line(c, reviewed.get(c.caseNumber())))
        .collect(Collectors.joining("\n"));
    return new Summary(lines, finalised.isEmpty() ? null : finalised);
  }

  /**
   * @param lines one line per earlier case
   * @param finalised the lines of the earlier cases of the same category finalised after
   *     re-review, null when none
   */
  record Summary(String lines, String finalised) {}

  private String line(CaseRecord c, List<CaseReview> reviewed) {
    String category =
        catalogue.findCategory(c.problemCategory()).map(x -> x.name()).orElse(c.problemCategory());
    List<String> parts = new ArrayList<>(List.of(
        c.caseNumber(),
        DATE.format(c.registeredAt().atZone(clock.getZone())),
        category,
        c.unitName() == null ? "未分派" : c.unitName(),
        c.status().label()));
    for (CaseReview r : reviewed) {
      parts.add(r.kind().label() + (r.status() == ReviewStatus.DECIDED
          ? ReviewOutcome.labelOf(r.outcome()) + (r.kind() == ReviewKind.RE_REVIEW ? "（已终结）" : "")
          : r.status().label()));
    }
    return String.join("｜", parts);
  }
}
