package cn.gov.sixian.reception.casefile;

import java.time.Instant;
import java.util.List;

/**
 * The case record (案卷) as the API answers it: the registration with masked personal numbers,
 * every step from the engine's history in order, and what the application keeps beside it.
 */
record CaseFile(
    String caseNumber,
    String status,
    String statusName,
    Registration registration,
    String unitCode,
    String unitName,
    String outcome,
    String outcomeName,
    String satisfaction,
    String satisfactionName,
    Instant closedAt,
    List<Step> steps,
    List<Tier> mediationTiers,
    List<SlipEntry> supervisionSlips,
    List<Referral> referrals,
    List<TrackingEntry> trackingSheet,
    List<Document> documents,
    List<Review> reviews,
    OnlineEvaluation onlineEvaluation) {

  /**
   * The petitioner's own evaluation on the public page (信访事项查询评价), null when none: it
   * counts in 参评率 and 满意率 in place of the one staff recorded ({@link #satisfaction}).
   */
  record OnlineEvaluation(String satisfaction, String satisfactionName, String comment,
      Instant evaluatedAt) {}

  /** What was registered; the ID number and phone only masked. */
  record Registration(
      Instant registeredAt,
      String registeredBy,
      String petitionerName,
      String idNumberMasked,
      String phoneMasked,
      String problemCategory,
      String problemCategoryName,
      String matter,
      String request,
      String channelName,
      String township,
      String townshipName,
      int visitorCount,
      boolean groupVisit,
      boolean firstVisit) {}

  /** One step (环节) from history: a task, a call or a system step. */
  record Step(
      int sequence,
      String process,
      String processName,
      String activityId,
      String name,
      String kind,
      String userId,
      String userName,
      String roles,
      Instant startedAt,
      Instant endedAt,
      Instant due,
      Boolean limitMet,
      List<Entry> entries) {}

  /** One value entered at a step, labelled as the form asked it. */
  record Entry(String name, String label, String value) {}

  record Tier(int tier, String tierName, Instant startedAt, Instant dueAt, Instant endedAt,
      String outcome, String outcomeName, String actor, boolean overdue) {}

  record SlipEntry(String slipNumber, String unitName, String reason, String details,
      Instant issuedAt, String issuedBy, Instant feedbackDue, Instant answeredAt, String feedback,
      boolean late, String status, String statusName) {}

  record Referral(String unitCode, String reason, String reasonName, String details,
      Instant proposedAt, Instant decidedAt, Boolean referred, String result) {}

  record TrackingEntry(Instant at, String actor, String action, String content,
      String unitAnswer) {}

  /** A review (复查) or re-review (复核) of the case, with its body, limit and outcome. */
  record Review(String kind, String kindName, String bodyName, boolean inCounty,
      Instant requestedAt, String requestedBy, String reason, Instant due, Instant sentAt,
      boolean hearingHeld, Instant decidedAt, String outcome, String outcomeName, String opinion,
      boolean overdue, String status, String statusName) {}

  record Document(String id, String title, String documentNumber, Instant issuedAt,
      String issuedBy, int pageCount, boolean superseded, String pdf) {}
}
