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
  /** end of 延期生效 (the unit head approved, the center did not object): 延长办理期限告知书 */
  EXTENSION,
  /** end of 当场调解 (mediation tier 1) when resolved: 息访承诺书 */
  COMMITMENT_ON_SPOT,
  /** end of 分管领导牵头调处 (tier 2) when resolved: 息访承诺书 */
  COMMITMENT_DEPUTY_LEADER,
  /** end of 记录联合调解结果 (tier 3) when resolved: 息访承诺书 */
  COMMITMENT_JOINT,
  /** end of 登记督办单 (supervision.bpmn): 督查督办通知单, filed under the case number */
  SUPERVISION_SLIP,
  /** end of 决定是否问责移送 when referred: 问责移送函 */
  REFERRAL,
  /** end of 出具复查意见书 (review.bpmn): 复查意见书 */
  REVIEW,
  /** end of 出具复核意见书 (re-review.bpmn): 复核意见书 */
  RE_REVIEW,
  /** end of 不予受理（复核终结） after 分类确认: 不予受理告知书, issued by the center */
  FINAL_NON_ACCEPTANCE
}
