package cn.gov.sixian.reception.documents;

/**
 * The kinds of case document (文书): the title printed on it, the kind's character in the document
 * number (文号, e.g. 受 in 泗信受〔2026〕38号), who issues it and its template file.
 */
public enum DocumentKind {
  REGISTRATION_RECEIPT("登记回执", "登", Issuer.CENTER, "registration-receipt", true),
  TRANSFER_SLIP("转办单", "转", Issuer.CENTER, "transfer-slip", true),
  ACCEPTANCE_NOTICE("信访事项受理告知书", "受", Issuer.UNIT, "acceptance-notice", true),
  NON_ACCEPTANCE_NOTICE("不予受理告知书", "不受", Issuer.UNIT, "non-acceptance-notice", true),
  EXTENSION_NOTICE("延长办理期限告知书", "延", Issuer.UNIT, "extension-notice", true),
  WRITTEN_REPLY("信访事项处理意见书", "答", Issuer.UNIT, "written-reply", true),
  COMMITMENT("息访承诺书", "息", Issuer.CENTER, "commitment", false),
  SUPERVISION_SLIP("督查督办通知单", "督", Issuer.CENTER, "supervision-slip", false),
  ACCOUNTABILITY_REFERRAL("问责移送函", "移", Issuer.CENTER, "accountability-referral", false),
  REVIEW_OPINION("复查意见书", "复查", Issuer.CENTER, "review-opinion", true),
  RE_REVIEW_OPINION("复核意见书", "复核", Issuer.CENTER, "re-review-opinion", true);

  /** Who signs and numbers the document. */
  enum Issuer {
    /** 县联合接访中心 */
    CENTER,
    /** the case's responsible unit (责任单位) */
    UNIT
  }

  private final String title;
  private final String numberMark;
  private final Issuer issuer;
  private final String template;
  private final boolean onePerCase;

  DocumentKind(String title, String numberMark, Issuer issuer, String template, boolean onePerCase) {
    this.title = title;
    this.numberMark = numberMark;
    this.issuer = issuer;
    this.template = template;
    this.onePerCase = onePerCase;
  }

  public String title() {
    return title;
  }

  String numberMark() {
    return numberMark;
  }

  Issuer issuer() {
    return issuer;
  }

  /** The template's file name without {@code .html}. */
  String template() {
    return template;
  }

  /**
   * True when a case has at most one valid document of this kind: issuing it again (a written
   * reply after the center sent the case back) supersedes the earlier one.
   */
  boolean onePerCase() {
    return onePerCase;
  }
}
