package cn.gov.sixian.reception.intake;

/** A petitioner came back on a matter whose earlier case is already closed (重复访). */
public record RepeatPetitionRegistered(String caseNumber, String earlierCaseNumber) {}
