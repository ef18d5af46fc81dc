package cn.gov.sixian.reception.web;

/** Error body of the project's REST API: the field at fault (if any) and a Chinese message. */
public record ApiError(String field, String message) {}
