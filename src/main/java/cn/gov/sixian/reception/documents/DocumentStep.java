package cn.gov.sixian.reception.documents;

/** The steps of a case that issue a document; each has its listener bean in the models. */
enum DocumentStep {
  /** start of joint-reception: 登记回执 */
  REGISTRATION,
  /** end of 分类确认: 转办单 */
  ROUTING,
  /** end of 受理审查: 受理告知书 or 不予受理告知书 */
  ACCEPTANCE,
  /** end of 办理并书面答复 with a reply: 信访事项处理意见书 */
  REPLY,
  /** end of 审批延期申请 when approved: 延长办理期限告知书 */
  EXTENSION
}
