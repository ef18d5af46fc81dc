package cn.gov.sixian.reception.statistics;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import cn.gov.sixian.reception.roster.DutyAttendance.PostAttendance;

/** The answer of {@code GET /api/statistics}: see docs/statistics.md, "Statistics REST API". */
public record StatisticsReport(
    LocalDate from,
    LocalDate to,
    @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd'T'HH:mm:ssXXX",
        timezone = "Asia/Shanghai") Instant generatedAt,
    boolean allUnits,
    List<String> unitCodes,
    Indicators overall,
    List<UnitRow> byUnit,
    List<CategoryRow> byCategory,
    List<TownshipRow> byTownship,
    List<WeekRow> weekly,
    List<TierRow> tiers,
    List<OpenStageRow> openByUnitAndStage,
    List<OverdueCase> overdue,
    List<PostAttendance> attendance,
    List<ReviewRow> reviews) {

  /**
   * Review (复查) and re-review (复核): requested in the period, and opinions given in it with
   * their outcome; the re-review's opinions are the matters finalised (事项终结).
   */
  public record ReviewRow(String kind, String kindName, long requested, long decided,
      long upheld, long changed, long revoked, long overdue, long finalised) {}

  public record UnitRow(String unitCode, String unitName, @JsonUnwrapped Indicators indicators) {}

  public record CategoryRow(
      String categoryCode, String categoryName, @JsonUnwrapped Indicators indicators) {}

  public record TownshipRow(
      String townshipCode, String townshipName, @JsonUnwrapped Indicators indicators) {}

  /** One ISO week (Monday to Sunday) of the period; the first and last may be partial. */
  public record WeekRow(LocalDate weekStart, @JsonUnwrapped Indicators indicators) {}

  /**
   * One mediation tier: tiers entered in the period, how they ended, and the average working days
   * the ended ones took.
   */
  public record TierRow(
      int tier, String tierName, long entered, long resolved, long escalated, long decided,
      long running, Double averageWorkingDays) {}

  /** Open cases now, by responsible unit and the step they wait at. */
  public record OpenStageRow(
      String unitCode, String unitName, String stage, String stageName, long open, long overdue) {}

  /** An open case whose acceptance or handling limit has passed. */
  public record OverdueCase(
      String caseNumber, String processInstanceId, String unitCode, String unitName,
      String stage, String stageName,
      @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd'T'HH:mm:ssXXX",
          timezone = "Asia/Shanghai") Instant deadline,
      int overdueWorkingDays) {}
}
