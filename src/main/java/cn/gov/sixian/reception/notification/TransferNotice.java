package cn.gov.sixian.reception.notification;

/** What a unit is told about a transferred case; no personal identity data. */
record TransferNotice(
    String caseNumber,
    String unitCode,
    String problemCategoryName,
    String receptionModeName,
    boolean groupVisit,
    String matterSummary) {}
