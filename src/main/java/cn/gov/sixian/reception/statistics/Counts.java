package cn.gov.sixian.reception.statistics;

/**
 * The additive counts behind the indicators of one group (a unit, a category, a week ...): counts
 * from groups add up to the overall counts, rates do not, so rates are derived last
 * ({@link Indicators#of}).
 */
final class Counts {

  long registered;
  long closed;
  long firstVisit;
  long firstVisitClosed;
  long acceptanceCounted;
  long acceptedInTime;
  long handlingCounted;
  long handledOnTime;
  long evaluated;
  long satisfied;
  long basicallySatisfied;
  long repeat;
  long group;
  long skipLevel;
  long open;
  long overdue;
  long timedClosed;
  long workingDays;
  long escalations;
  long slipsIssued;
  long slipsAnsweredLate;
  long slipsUnanswered;
  long referrals;

  Counts add(Counts o) {
    registered += o.registered;
    closed += o.closed;
    firstVisit += o.firstVisit;
    firstVisitClosed += o.firstVisitClosed;
    acceptanceCounted += o.acceptanceCounted;
    acceptedInTime += o.acceptedInTime;
    handlingCounted += o.handlingCounted;
    handledOnTime += o.handledOnTime;
    evaluated += o.evaluated;
    satisfied += o.satisfied;
    basicallySatisfied += o.basicallySatisfied;
    repeat += o.repeat;
    group += o.group;
    skipLevel += o.skipLevel;
    open += o.open;
    overdue += o.overdue;
    timedClosed += o.timedClosed;
    workingDays += o.workingDays;
    escalations += o.escalations;
    slipsIssued += o.slipsIssued;
    slipsAnsweredLate += o.slipsAnsweredLate;
    slipsUnanswered += o.slipsUnanswered;
    referrals += o.referrals;
    return this;
  }
}
