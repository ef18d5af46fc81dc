package cn.gov.sixian.reception.catalogue;

/** A problem category (问题类别) used to classify and route petitions. */
public record ProblemCategory(String code, String name) {}
