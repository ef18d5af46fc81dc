package cn.gov.sixian.reception.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The figures of one group, counts and rates. A rate is a fraction between 0 and 1 rounded to
 * four places, or null when its denominator is 0 (nothing to judge). Definitions: docs/statistics.md,
 * "Petition statistics (信访统计)".
 */
public record Indicators(
    long registered,
    long closed,
    long firstVisits,
    long firstVisitsClosed,
    Double firstVisitClosureRate,
    long acceptanceJudged,
    long acceptedInTime,
    Double timelyAcceptanceRate,
    long handlingJudged,
    long handledOnTime,
    Double onTimeClosureRate,
    long evaluated,
    Double evaluationRate,
    long satisfied,
    long basicallySatisfied,
    Double satisfactionRate,
    Double satisfiedOrBasicallyRate,
    long repeatPetitions,
    long groupVisits,
    long skipLevelPetitions,
    long escalations,
    long slipsIssued,
    long slipsAnsweredLate,
    long slipsUnanswered,
    long referrals,
    long open,
    long overdue,
    Double averageHandlingWorkingDays) {

  static Indicators of(Counts c) {
    return new Indicators(
        c.registered, c.closed,
        c.firstVisit, c.firstVisitClosed, rate(c.firstVisitClosed, c.firstVisit),
        c.acceptanceCounted, c.acceptedInTime, rate(c.acceptedInTime, c.acceptanceCounted),
        c.handlingCounted, c.handledOnTime, rate(c.handledOnTime, c.handlingCounted),
        c.evaluated, rate(c.evaluated, c.closed),
        c.satisfied, c.basicallySatisfied, rate(c.satisfied, c.evaluated),
        rate(c.satisfied + c.basicallySatisfied, c.evaluated),
        c.repeat, c.group, c.skipLevel, c.escalations,
        c.slipsIssued, c.slipsAnsweredLate, c.slipsUnanswered, c.referrals,
        c.open, c.overdue,
        average(c.workingDays, c.timedClosed));
  }

  static Double rate(long part, long whole) {
    return whole == 0 ? null
        : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP)
            .doubleValue();
  }

  static Double average(long sum, long count) {
    return count == 0 ? null
        : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP)
            .doubleValue();
  }
}
