package cn.gov.sixian.reception.intake;

/**
 * A case was entered in the register (in the registration's transaction). {@code repeatPetition}:
 * the same person petitioned on the same kind of matter before (重复访, not first visit).
 */
public record CaseRegistered(String caseNumber, boolean groupVisit, boolean repeatPetition) {}
