package cn.gov.sixian.reception.intake;

/** Hands out the next sequence value of a year; values of one year never repeat. */
public interface CaseNumberSequence {

  long next(int year);
}
