package cn.gov.sixian.reception.process;

/**
 * Names of the process variables of {@code joint-reception}. The BPMN, the forms and the REST
 * contract use the same names; keep them here and nowhere else in Java.
 */
public final class ProcessVariables {

  // registration (start form 来访登记表)
  public static final String PETITIONER_NAME = "petitionerName";
  public static final String ID_NUMBER = "idNumber";
  public static final String PHONE = "phone";
  public static final String ADDRESS = "address";
  public static final String TOWNSHIP = "township";
  public static final String VISITOR_COUNT = "visitorCount";
  public static final String PROBLEM_CATEGORY = "problemCategory";
  public static final String MATTER = "matter";
  public static final String REQUEST = "request";
  /** Optional: VISIT (来访, default), ONLINE, HOTLINE, LETTER. */
  public static final String CHANNEL = "channel";

  // set at registration
  public static final String CASE_NUMBER = "caseNumber";
  public static final String CHANNEL_NAME = "channelName";
  public static final String REGISTERED_AT = "registeredAt";
  /** The logged-in user who submitted the start form (camunda:initiator). */
  public static final String REGISTERED_BY = "registeredBy";
  public static final String GROUP_VISIT = "groupVisit";
  public static final String FIRST_VISIT = "firstVisit";
  public static final String EARLIER_CASE_COUNT = "earlierCaseCount";
  public static final String EARLIER_CASES_SUMMARY = "earlierCasesSummary";
  /** An earlier case of the same person and category was finalised after re-review (复核终结). */
  public static final String FINALISED_MATTER = "finalisedMatter";
  /** Those earlier cases, one line each with their outcomes. */
  public static final String FINALISED_CASES = "finalisedCases";
  /** At 分类确认 of such a visit: NOT_ACCEPTED (同一事实和理由) or NEW_FACTS. */
  public static final String FINALISED_HANDLING = "finalisedHandling";
  /** The new facts and reasons staff state for such a visit. */
  public static final String NEW_FACTS = "newFacts";
  /** The visit is not accepted as a finalised matter (不予受理（终结）). */
  public static final String FINAL_NON_ACCEPTANCE = "finalNonAcceptance";
  public static final String ID_NUMBER_MASKED = "idNumberMasked";
  public static final String PHONE_MASKED = "phoneMasked";
  public static final String PROBLEM_CATEGORY_NAME = "problemCategoryName";
  public static final String TOWNSHIP_NAME = "townshipName";

  // routing (分类确认)
  public static final String SUGGESTED_UNIT_CODE = "suggestedUnitCode";
  public static final String SUGGESTED_UNIT_NAME = "suggestedUnitName";
  public static final String UNIT_OPTIONS = "unitOptions";
  public static final String CATEGORY_OPTIONS = "categoryOptions";
  public static final String UNIT_CODE = "unitCode";
  public static final String UNIT_NAME = "unitName";
  public static final String UNIT_RESIDENT = "unitResident";
  public static final String RECEIVING_GROUP = "receivingGroup";
  public static final String UNIT_LEADER_GROUP = "unitLeaderGroup";
  public static final String LEADER_RECEPTION = "leaderReception";
  public static final String RECEPTION_MODE = "receptionMode";
  public static final String RECEPTION_MODE_NAME = "receptionModeName";
  /** Confirmed at routing: the petitioner already went above the county (越级访). Statistics only. */
  public static final String SKIP_LEVEL = "skipLevel";

  // county-leader reception (县党政领导接访)
  public static final String LEADER_NAME = "leaderName";
  public static final String LEADER_INSTRUCTIONS = "leaderInstructions";

  // face-to-face reception (当面接谈)
  public static final String RECEPTION_OUTCOME = "receptionOutcome";
  public static final String RECEPTION_NOTES = "receptionNotes";
  public static final String ON_SPOT_REPLY = "onSpotReply";

  // time-limited handling (限期办理)
  public static final String TRANSFERRED_AT = "transferredAt";
  public static final String ACCEPTANCE_DUE = "acceptanceDue";
  public static final String ACCEPTANCE_DUE_TEXT = "acceptanceDueText";
  public static final String ACCEPTANCE_DECISION = "acceptanceDecision";
  public static final String ACCEPTANCE_NOTES = "acceptanceNotes";
  public static final String REJECTION_REASON = "rejectionReason";
  /** Where a case not accepted belongs instead (litigation, arbitration …), in the unit's words. */
  public static final String REDIRECT_CHANNEL = "redirectChannel";
  public static final String ACCEPTED_AT = "acceptedAt";
  public static final String HANDLING_DUE = "handlingDue";
  public static final String HANDLING_DUE_TEXT = "handlingDueText";
  public static final String ACCEPTANCE_NOTICE = "acceptanceNotice";
  public static final String NON_ACCEPTANCE_NOTICE = "nonAcceptanceNotice";
  public static final String HANDLING_ACTION = "handlingAction";
  public static final String REPLY_OPINION = "replyOpinion";
  /** The written reply's facts established (查明事实) and basis (依据), printed as entered. */
  public static final String ESTABLISHED_FACTS = "establishedFacts";
  public static final String REPLY_BASIS = "replyBasis";
  public static final String REPLIED_AT = "repliedAt";
  public static final String EXTENSION_DAYS = "extensionDays";
  /** The longest extension in days (setting reception.handling.*), for the handling form. */
  public static final String MAX_EXTENSION_DAYS = "maxExtensionDays";
  public static final String EXTENSION_REASON = "extensionReason";
  public static final String EXTENSION_APPROVED = "extensionApproved";
  public static final String EXTENSION_COMMENT = "extensionComment";
  public static final String EXTENDED = "extended";
  public static final String EXTENSION_NOTICE = "extensionNotice";
  /** The close of the working day on which the unit head approved: the center may object until then. */
  public static final String EXTENSION_OBJECTION_DUE = "extensionObjectionDue";
  public static final String EXTENSION_OBJECTED = "extensionObjected";
  public static final String EXTENSION_OBJECTION = "extensionObjection";
  public static final String FEEDBACK_ACCEPTED = "feedbackAccepted";
  public static final String FEEDBACK_COMMENT = "feedbackComment";

  // four-tier mediation (组织调解处理), process "mediation"
  /** 1 = start on the spot (from face-to-face reception), 2 = start with the director's review. */
  public static final String MEDIATION_START_TIER = "mediationStartTier";
  public static final String TIER1_OUTCOME = "tier1Outcome";
  public static final String TIER1_NOTES = "tier1Notes";
  public static final String REVIEW_DECISION = "reviewDecision";
  public static final String REVIEW_COMMENT = "reviewComment";
  public static final String TIER2_OUTCOME = "tier2Outcome";
  public static final String TIER2_REPORT = "tier2Report";
  public static final String TIER2_SOLUTION = "tier2Solution";
  /** The deputy leader's limit in working days (setting reception.mediation.*), for forms and e-mails. */
  public static final String TIER2_WORKING_DAYS = "tier2WorkingDays";
  public static final String TIER2_DUE = "tier2Due";
  public static final String TIER2_DUE_TEXT = "tier2DueText";
  public static final String TIER2_REMINDER_AT = "tier2ReminderAt";
  public static final String TIER2_OVERDUE = "tier2Overdue";
  /** The units chosen for joint mediation, as the form's checklist submits them. */
  public static final String JOINT_UNITS = "jointUnits";
  /** The same, as comma-separated unit codes (the multi-instance collection). */
  public static final String JOINT_UNIT_CODES = "jointUnitCodes";
  public static final String JOINT_UNIT_NAMES = "jointUnitNames";
  /** Multi-instance element: one unit's code, and its name (local to the instance). */
  public static final String JOINT_UNIT = "jointUnit";
  public static final String JOINT_UNIT_NAME = "jointUnitName";
  public static final String UNIT_OPINION = "unitOpinion";
  public static final String JOINT_OPINIONS = "jointOpinions";
  public static final String MEETING_DATE = "meetingDate";
  public static final String MEETING_ATTENDEES = "meetingAttendees";
  public static final String COORDINATION_OPINION = "coordinationOpinion";
  public static final String HEARING_REQUIRED = "hearingRequired";
  public static final String HEARING_DATE = "hearingDate";
  public static final String HEARING_PARTICIPANTS = "hearingParticipants";
  public static final String HEARING_CONCLUSION = "hearingConclusion";
  public static final String TIER3_OUTCOME = "tier3Outcome";
  public static final String TIER3_NOTES = "tier3Notes";
  public static final String COUNTY_LEADER_NAME = "countyLeaderName";
  public static final String COUNTY_LEADER_REQUEST = "countyLeaderRequest";
  public static final String COUNTY_LEADER_DECISION = "countyLeaderDecision";
  public static final String COMMITMENT_SIGNER = "commitmentSigner";
  public static final String COMMITMENT_SIGNED_AT = "commitmentSignedAt";
  public static final String COMMITMENT_AGREEMENT = "commitmentAgreement";
  public static final String MEDIATION_HISTORY = "mediationHistory";
  public static final String MEDIATED = "mediated";
  /** Opinions of the lawyer on duty and social mediators, appended as they arrive. */
  public static final String SUPPORT_OPINIONS = "supportOpinions";

  // mediation support (法律咨询 / 社会调解组织), process "mediation-support"
  public static final String SUPPORT_KIND = "supportKind";
  public static final String SUPPORT_REQUEST = "supportRequest";
  public static final String SUPPORT_OPINION = "supportOpinion";
  public static final String SUPPORT_PROVIDER = "supportProvider";
  /** Who asked for the support (camunda:initiator of 申请调解协助). */
  public static final String SUPPORT_REQUESTED_BY = "requestedBy";

  // tracking supervision (跟踪督查督办), process "supervision" and friends
  public static final String SUPERVISION_REASON = "supervisionReason";
  public static final String SUPERVISION_REASON_NAME = "supervisionReasonName";
  public static final String SUPERVISION_DETAILS = "supervisionDetails";
  /** The deadline whose passing raised an automatic slip. */
  public static final String SUPERVISION_DEADLINE = "supervisionDeadline";
  /**
   * On a waiting slip's instance: deadlines that passed while it waited, one line each
   * (instance|task|reason|epoch millis), raised when the slip is closed (supervision/OverdueSlips).
   */
  public static final String OVERDUE_WAITING = "overdueWaiting";
  public static final String SLIP_NUMBER = "slipNumber";
  /** The slip's feedback limit in days (setting reception.supervision.*), for forms and e-mails. */
  public static final String FEEDBACK_DAYS = "feedbackDays";
  public static final String FEEDBACK_DUE = "feedbackDue";
  public static final String FEEDBACK_DUE_TEXT = "feedbackDueText";
  public static final String FEEDBACK_REMINDER_AT = "feedbackReminderAt";
  public static final String SUPERVISION_FEEDBACK = "supervisionFeedback";
  public static final String FEEDBACK_LATE = "feedbackLate";
  public static final String SLIP_ACCEPTED = "slipAccepted";
  public static final String SLIP_REVIEW_COMMENT = "slipReviewComment";
  /** 信访案件跟踪督办情况表, one line per entry, kept on every open instance of the case. */
  public static final String TRACKING_SHEET = "trackingSheet";
  public static final String TRACKING_NOTE = "trackingNote";
  public static final String TRACKING_UNIT_ANSWER = "trackingUnitAnswer";
  /** Who opened the slip / the tracking entry / the referral (camunda:initiator of each start event). */
  public static final String SLIP_REQUESTED_BY = "slipRequestedBy";
  public static final String TRACKING_ENTRY_BY = "entryBy";
  public static final String REFERRAL_PROPOSED_BY = "referralProposedBy";
  public static final String REFERRAL_REASON = "referralReason";
  public static final String REFERRAL_REASON_NAME = "referralReasonName";
  public static final String REFERRAL_DETAILS = "referralDetails";
  public static final String REFER_TO_INSPECTION = "referToInspection";
  public static final String REFERRAL_COMMENT = "referralComment";
  public static final String INSPECTION_RESULT = "inspectionResult";
  public static final String BULLETIN_PERIOD = "bulletinPeriod";
  public static final String BULLETIN_FROM = "bulletinFrom";
  public static final String BULLETIN_TO = "bulletinTo";
  public static final String BULLETIN_TEXT = "bulletinText";
  public static final String BULLETIN_PUBLISHED = "bulletinPublished";
  public static final String BULLETIN_COMMENT = "bulletinComment";

  // closing (满意度评价, 结案归档)
  public static final String SATISFACTION = "satisfaction";
  public static final String SATISFACTION_NOTE = "satisfactionNote";
  /** Local to 满意度评价, read-only: what the petitioner said online (closing/OnlineEvaluationOnTask). */
  public static final String ONLINE_EVALUATION = "onlineEvaluation";
  /** Dissatisfied with a reply: take the case to mediation (tier 2) before closing. */
  public static final String REQUEST_MEDIATION = "requestMediation";
  public static final String CASE_OUTCOME = "caseOutcome";
  public static final String CASE_OUTCOME_NAME = "caseOutcomeName";
  public static final String CLOSED_AT = "closedAt";

  // duty roster (值班表), process "roster-watch": a task nobody on duty took (message start)
  public static final String DUTY_DATE = "dutyDate";
  /** The roster's shift the task fell in: {@code day}, or an all-day period's {@code night}. */
  public static final String DUTY_SHIFT = "dutyShift";
  public static final String DUTY_POST = "dutyPost";
  public static final String DUTY_TASK_ID = "dutyTaskId";
  public static final String DUTY_TASK_NAME = "dutyTaskName";

  // review (复查) and re-review (复核) of a written reply: the same names in both models
  public static final String REVIEW_REASON = "reviewReason";
  public static final String REVIEW_BODY_CODE = "reviewBodyCode";
  public static final String REVIEW_BODY_NAME = "reviewBodyName";
  /** Candidate group of the reviewing body inside the county (body-&lt;code&gt;), null outside. */
  public static final String REVIEW_BODY_GROUP = "reviewBodyGroup";
  public static final String REVIEW_IN_COUNTY = "reviewInCounty";
  public static final String REVIEW_REQUESTED_AT = "reviewRequestedAt";
  public static final String REVIEW_REQUESTED_BY = "reviewRequestedBy";
  public static final String REVIEW_DUE = "reviewDue";
  public static final String REVIEW_DUE_TEXT = "reviewDueText";
  public static final String REVIEW_REMINDER_AT = "reviewReminderAt";
  public static final String REVIEW_SENT_ON = "reviewSentOn";
  public static final String REVIEW_SENT_NOTE = "reviewSentNote";
  public static final String REVIEW_OUTCOME = "reviewOutcome";
  public static final String REVIEW_OUTCOME_NAME = "reviewOutcomeName";
  public static final String REVIEW_OPINION = "reviewOpinion";
  public static final String REVIEW_DECIDED_AT = "reviewDecidedAt";
  public static final String REVIEW_OVERDUE = "reviewOverdue";
  public static final String HOLD_HEARING = "holdHearing";
  /**
   * The case's own (joint-reception) instance, on a review: the reviewing body's group reads the
   * case like a unit given work on it (access/CaseVisibility).
   */
  public static final String CASE_PROCESS_INSTANCE_ID = "caseProcessInstanceId";
  /** At re-review: the review it is about, shown read-only. */
  public static final String PRIOR_REVIEW_BODY_NAME = "priorReviewBodyName";
  public static final String PRIOR_REVIEW_OUTCOME_NAME = "priorReviewOutcomeName";
  public static final String PRIOR_REVIEW_OPINION = "priorReviewOpinion";

  private ProcessVariables() {}
}
