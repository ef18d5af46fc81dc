package cn.gov.sixian.reception.documents;

import static cn.gov.sixian.reception.process.ProcessVariables.ACCEPTANCE_DECISION;
import static cn.gov.sixian.reception.process.ProcessVariables.ACCEPTED_AT;
import static cn.gov.sixian.reception.process.ProcessVariables.CASE_NUMBER;
import static cn.gov.sixian.reception.process.ProcessVariables.CHANNEL_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.ESTABLISHED_FACTS;
import static cn.gov.sixian.reception.process.ProcessVariables.EXTENSION_APPROVED;
import static cn.gov.sixian.reception.process.ProcessVariables.EXTENSION_COMMENT;
import static cn.gov.sixian.reception.process.ProcessVariables.EXTENSION_DAYS;
import static cn.gov.sixian.reception.process.ProcessVariables.EXTENSION_REASON;
import static cn.gov.sixian.reception.process.ProcessVariables.HANDLING_ACTION;
import static cn.gov.sixian.reception.process.ProcessVariables.HANDLING_DUE;
import static cn.gov.sixian.reception.process.ProcessVariables.MATTER;
import static cn.gov.sixian.reception.process.ProcessVariables.PETITIONER_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.PROBLEM_CATEGORY_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.REDIRECT_CHANNEL;
import static cn.gov.sixian.reception.process.ProcessVariables.REGISTERED_AT;
import static cn.gov.sixian.reception.process.ProcessVariables.REJECTION_REASON;
import static cn.gov.sixian.reception.process.ProcessVariables.REPLIED_AT;
import static cn.gov.sixian.reception.process.ProcessVariables.REPLY_BASIS;
import static cn.gov.sixian.reception.process.ProcessVariables.REPLY_OPINION;
import static cn.gov.sixian.reception.process.ProcessVariables.REQUEST;
import static cn.gov.sixian.reception.process.ProcessVariables.UNIT_CODE;
import static cn.gov.sixian.reception.process.ProcessVariables.UNIT_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.COMMITMENT_AGREEMENT;
import static cn.gov.sixian.reception.process.ProcessVariables.COMMITMENT_SIGNED_AT;
import static cn.gov.sixian.reception.process.ProcessVariables.COMMITMENT_SIGNER;
import static cn.gov.sixian.reception.process.ProcessVariables.FEEDBACK_DUE;
import static cn.gov.sixian.reception.process.ProcessVariables.JOINT_UNIT_NAMES;
import static cn.gov.sixian.reception.process.ProcessVariables.REFERRAL_COMMENT;
import static cn.gov.sixian.reception.process.ProcessVariables.REFERRAL_DETAILS;
import static cn.gov.sixian.reception.process.ProcessVariables.REFERRAL_REASON_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.REFER_TO_INSPECTION;
import static cn.gov.sixian.reception.process.ProcessVariables.SLIP_NUMBER;
import static cn.gov.sixian.reception.process.ProcessVariables.SUPERVISION_DEADLINE;
import static cn.gov.sixian.reception.process.ProcessVariables.SUPERVISION_DETAILS;
import static cn.gov.sixian.reception.process.ProcessVariables.SUPERVISION_REASON_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.TIER1_OUTCOME;
import static cn.gov.sixian.reception.process.ProcessVariables.TIER2_OUTCOME;
import static cn.gov.sixian.reception.process.ProcessVariables.TIER3_OUTCOME;
import static cn.gov.sixian.reception.process.ProcessVariables.TRACKING_SHEET;
import static cn.gov.sixian.reception.process.ProcessVariables.FINAL_NON_ACCEPTANCE;
import static cn.gov.sixian.reception.process.ProcessVariables.REVIEW_BODY_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.REVIEW_BODY_CODE;
import static cn.gov.sixian.reception.process.ProcessVariables.REVIEW_IN_COUNTY;
import static cn.gov.sixian.reception.process.ProcessVariables.REVIEW_REQUESTED_AT;
import static cn.gov.sixian.reception.process.ProcessVariables.REVIEW_REASON;
import static cn.gov.sixian.reception.process.ProcessVariables.PRIOR_REVIEW_BODY_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.PRIOR_REVIEW_OUTCOME_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.REVIEW_OUTCOME_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.REVIEW_OPINION;
import static cn.gov.sixian.reception.process.ProcessVariables.HOLD_HEARING;
import static cn.gov.sixian.reception.process.ProcessVariables.HEARING_DATE;
import static cn.gov.sixian.reception.process.ProcessVariables.HEARING_PARTICIPANTS;
import static cn.gov.sixian.reception.process.ProcessVariables.HEARING_CONCLUSION;

import cn.gov.sixian.reception.calendar.ChineseDates;
import cn.gov.sixian.reception.calendar.WorkingDayCalendar;
import cn.gov.sixian.reception.supervision.CaseSlips;
import cn.gov.sixian.reception.supervision.CaseSlips.SlipLine;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import cn.gov.sixian.reception.review.ReviewBodies;
import org.springframework.stereotype.Service;

/**
 * What each step's document says, taken from the case's variables after the step's own listener
 * has checked them: the petitioner's name and the case, never the ID number, phone or address
 * (the process holds none of them, see docs/security.md "Personal data").
 */
@Service
class StepDocuments {

  /** The registration receipt quotes the matter in short. */
  static final int MATTER_IN_SHORT = 80;

  private final CaseDocuments documents;
  private final WorkingDayCalendar calendar;
  private final CaseSlips slips;
  private final ReviewBodies reviewBodies;
  private final ReceiptCodes receiptCodes;

  StepDocuments(CaseDocuments documents, WorkingDayCalendar calendar, CaseSlips slips,
      ReviewBodies reviewBodies) {
    this(documents, calendar, slips, reviewBodies, ReceiptCodes.NONE);
  }

  @org.springframework.beans.factory.annotation.Autowired
  StepDocuments(CaseDocuments documents, WorkingDayCalendar calendar, CaseSlips slips,
      ReviewBodies reviewBodies, ReceiptCodes receiptCodes) {
    this.receiptCodes = receiptCodes;
    this.documents = documents;
    this.calendar = calendar;
    this.slips = slips;
    this.reviewBodies = reviewBodies;
  }

  /** Issues the step's document, if the step's outcome calls for one. */
  void issue(DocumentStep step, Map<String, Object> variables, Staff staff) {
    String caseNumber = (String) variables.get(CASE_NUMBER);
    String unitCode = (String) variables.get(UNIT_CODE);
    Map<String, Object> c = common(variables);
    DocumentKind kind;
    Map<String, Object> printOnly = Map.of();
    switch (step) {
      case REGISTRATION -> {
        kind = DocumentKind.REGISTRATION_RECEIPT;
        receipt(c, variables);
        // the query code: on the first print only, never in a variable, the store or a log
        java.util.Optional<String> code = receiptCodes.issue(caseNumber, staff.userId());
        if (code.isPresent()) {
          c.put("queryUrl", receiptCodes.publicUrl());
          c.put("queryCodeIssued", true);
          printOnly = Map.of("queryCode", code.get());
        }
      }
      case ROUTING -> {
        if (Boolean.TRUE.equals(variables.get(FINAL_NON_ACCEPTANCE))) {
          return; // not transferred: the center tells the petitioner (FINAL_NON_ACCEPTANCE)
        }
        kind = DocumentKind.TRANSFER_SLIP;
        c.put("unitName", variables.get(UNIT_NAME));
        c.put("category", variables.get(PROBLEM_CATEGORY_NAME));
        c.put("matter", variables.get(MATTER));
        c.put("request", variables.get(REQUEST));
        c.put("contactName", staff.name());
      }
      case ACCEPTANCE -> {
        c.put("unitName", variables.get(UNIT_NAME));
        if ("ACCEPT".equals(variables.get(ACCEPTANCE_DECISION))) {
          kind = DocumentKind.ACCEPTANCE_NOTICE;
          c.put("acceptedOn", date((Date) variables.get(ACCEPTED_AT)));
          c.put("handlingDue", date((Date) variables.get(HANDLING_DUE)));
          c.put("contactName", staff.name());
        } else {
          kind = DocumentKind.NON_ACCEPTANCE_NOTICE;
          c.put("reason", variables.get(REJECTION_REASON));
          c.put("redirectChannel", variables.get(REDIRECT_CHANNEL));
        }
      }
      case REPLY -> {
        if (!"REPLY".equals(variables.get(HANDLING_ACTION))) {
          return;
        }
        kind = DocumentKind.WRITTEN_REPLY;
        c.put("unitName", variables.get(UNIT_NAME));
        c.put("matter", variables.get(MATTER));
        c.put("request", variables.get(REQUEST));
        c.put("facts", variables.get(ESTABLISHED_FACTS));
        c.put("decision", variables.get(REPLY_OPINION));
        c.put("basis", variables.get(REPLY_BASIS));
        c.put("repliedOn", date((Date) variables.get(REPLIED_AT)));
      }
      case EXTENSION -> {
        if (!Boolean.TRUE.equals(variables.get(EXTENSION_APPROVED))) {
          return;
        }
        kind = DocumentKind.EXTENSION_NOTICE;
        c.put("unitName", variables.get(UNIT_NAME));
        c.put("days", variables.get(EXTENSION_DAYS));
        c.put("reason", variables.get(EXTENSION_REASON));
        c.put("comment", variables.get(EXTENSION_COMMENT));
        c.put("newDue", date((Date) variables.get(HANDLING_DUE)));
        // 信访工作条例 2022: the handling body's own head approves the extension
        c.put("approverRole", variables.get(UNIT_NAME) + "负责人");
      }
      case COMMITMENT_ON_SPOT, COMMITMENT_DEPUTY_LEADER, COMMITMENT_JOINT -> {
        if (!"RESOLVED".equals(variables.get(outcomeVariable(step)))) {
          return;
        }
        // the center issues every commitment: it organises the four tiers, and tier 3 has
        // several units; the document names who mediated
        kind = DocumentKind.COMMITMENT;
        c.put("tier", tierLabel(step));
        c.put("mediator", mediator(step, variables));
        c.put("unitName", variables.get(UNIT_NAME));
        c.put("matter", inShort((String) variables.get(MATTER)));
        c.put("signer", variables.get(COMMITMENT_SIGNER));
        c.put("signedOn", isoDate((String) variables.get(COMMITMENT_SIGNED_AT)));
        c.put("agreement", variables.get(COMMITMENT_AGREEMENT));
        c.put("staffName", staff.name());
      }
      case SUPERVISION_SLIP -> {
        kind = DocumentKind.SUPERVISION_SLIP;
        c.put("slipNumber", variables.get(SLIP_NUMBER));
        c.put("unitName", variables.get(UNIT_NAME));
        c.put("category", variables.get(PROBLEM_CATEGORY_NAME));
        c.put("matter", variables.get(MATTER));
        c.put("reason", variables.get(SUPERVISION_REASON_NAME));
        c.put("missedDeadline", date((Date) variables.get(SUPERVISION_DEADLINE)));
        c.put("details", variables.get(SUPERVISION_DETAILS));
        c.put("feedbackDue", date((Date) variables.get(FEEDBACK_DUE)));
        c.put("issuedByName", staff.name());
      }
      case REFERRAL -> {
        if (!Boolean.TRUE.equals(variables.get(REFER_TO_INSPECTION))) {
          return;
        }
        kind = DocumentKind.ACCOUNTABILITY_REFERRAL;
        c.put("unitName", variables.get(UNIT_NAME));
        c.put("category", variables.get(PROBLEM_CATEGORY_NAME));
        c.put("matter", inShort((String) variables.get(MATTER)));
        c.put("reason", variables.get(REFERRAL_REASON_NAME));
        c.put("facts", variables.get(REFERRAL_DETAILS));
        c.put("decision", variables.get(REFERRAL_COMMENT));
        c.put("slips", slipRows(caseNumber));
        c.put("tracking", trackingRows((String) variables.get(TRACKING_SHEET)));
        c.put("decidedBy", staff.role());
      }
      case REVIEW, RE_REVIEW -> {
        kind = step == DocumentStep.REVIEW
            ? DocumentKind.REVIEW_OPINION : DocumentKind.RE_REVIEW_OPINION;
        c.put("bodyName", variables.get(REVIEW_BODY_NAME));
        c.put("inCounty", variables.get(REVIEW_IN_COUNTY));
        c.put("unitName", variables.get(UNIT_NAME));
        c.put("matter", inShort((String) variables.get(MATTER)));
        c.put("repliedOn", date((Date) variables.get(REPLIED_AT)));
        c.put("requestedOn", date((Date) variables.get(REVIEW_REQUESTED_AT)));
        c.put("reason", variables.get(REVIEW_REASON));
        c.put("priorBodyName", variables.get(PRIOR_REVIEW_BODY_NAME));
        c.put("priorOutcome", variables.get(PRIOR_REVIEW_OUTCOME_NAME));
        c.put("hearing", hearing(variables));
        c.put("outcome", variables.get(REVIEW_OUTCOME_NAME));
        c.put("opinion", variables.get(REVIEW_OPINION));
        c.put("higherBody", step == DocumentStep.REVIEW ? higherBody(variables) : null);
      }
      case FINAL_NON_ACCEPTANCE -> {
        kind = DocumentKind.NON_ACCEPTANCE_NOTICE;
        unitCode = null; // the center, not a unit, decides on a finalised matter
        c.put("unitName", documents.centerName());
        c.put("reason", variables.get(REJECTION_REASON));
        c.put("redirectChannel", variables.get(REDIRECT_CHANNEL));
      }
      default -> throw new IllegalArgumentException("No document at " + step);
    }
    documents.issue(kind, caseNumber, unitCode, c, staff.userId(), printOnly);
  }

  /** What the receipt says beside the common elements. */
  private static void receipt(Map<String, Object> c, Map<String, Object> variables) {
    c.put("matterInShort", inShort((String) variables.get(MATTER)));
    c.put("channel", variables.get(CHANNEL_NAME));
  }

  /**
   * The case's receipt printed again with a new query code (the code re-issued at the window):
   * the stored receipt's number and date, the same content from the registration's variables,
   * and the code; rendered for this answer only, never stored.
   */
  byte[] receiptWithCode(IssuedDocument stored, Map<String, Object> variables, String code,
      String publicUrl) {
    Map<String, Object> c = common(variables);
    receipt(c, variables);
    c.put("queryUrl", publicUrl);
    c.put("queryCodeIssued", true);
    c.put("queryCode", code);
    return documents.reprint(stored, c);
  }

  /** The hearing held at re-review, as the opinion states it; null when none was held. */
  private static String hearing(Map<String, Object> variables) {
    if (!Boolean.TRUE.equals(variables.get(HOLD_HEARING))) {
      return null;
    }
    return isoDate((String) variables.get(HEARING_DATE)) + "举行听证会。参加人："
        + variables.get(HEARING_PARTICIPANTS) + "。听证结论：" + variables.get(HEARING_CONCLUSION);
  }

  /** The body that would re-review this review (printed as the petitioner's next step). */
  private String higherBody(Map<String, Object> variables) {
    return reviewBodies == null ? null
        : reviewBodies.higherThan((String) variables.get(REVIEW_BODY_CODE))
            .map(cn.gov.sixian.reception.review.ReviewBody::name).orElse(null);
  }

  private Map<String, Object> common(Map<String, Object> variables) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("petitionerName", variables.get(PETITIONER_NAME));
    c.put("caseNumber", variables.get(CASE_NUMBER));
    c.put("registeredOn", date((Date) variables.get(REGISTERED_AT)));
    return c;
  }

  private static String outcomeVariable(DocumentStep step) {
    return switch (step) {
      case COMMITMENT_ON_SPOT -> TIER1_OUTCOME;
      case COMMITMENT_DEPUTY_LEADER -> TIER2_OUTCOME;
      default -> TIER3_OUTCOME;
    };
  }

  private static String tierLabel(DocumentStep step) {
    return switch (step) {
      case COMMITMENT_ON_SPOT -> "第一级 当场调解";
      case COMMITMENT_DEPUTY_LEADER -> "第二级 分管领导牵头调处";
      default -> "第三级 联合调解";
    };
  }

  /** Who mediated: the unit at the window, its deputy leader, or the center with the units. */
  private String mediator(DocumentStep step, Map<String, Object> variables) {
    Object unit = variables.get(UNIT_NAME);
    return switch (step) {
      case COMMITMENT_ON_SPOT -> String.valueOf(unit);
      case COMMITMENT_DEPUTY_LEADER -> unit + "分管领导";
      default -> documents.centerName() + "会同" + variables.get(JOINT_UNIT_NAMES);
    };
  }

  /** The slips of the case (the register), with dates, as the referral's supporting record. */
  private List<Map<String, Object>> slipRows(String caseNumber) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (SlipLine s : slips.ofCase(caseNumber)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("number", s.slipNumber());
      row.put("reason", s.reason());
      row.put("issuedOn", date(s.issuedAt()));
      row.put("feedbackDue", date(s.feedbackDue()));
      row.put("answeredOn", s.answeredAt() == null ? "未反馈" : date(s.answeredAt()));
      row.put("late", s.late() ? "逾期" : "按期");
      row.put("status", s.status());
      rows.add(row);
    }
    return rows;
  }

  /** The tracking sheet's lines (date｜who｜action｜content｜answer) as table rows. */
  static List<List<String>> trackingRows(String sheet) {
    List<List<String>> rows = new ArrayList<>();
    if (sheet == null || sheet.isBlank()) {
      return rows;
    }
    for (String line : sheet.split("\n")) {
      List<String> cells = new ArrayList<>(List.of(line.split("｜", 5)));
      while (cells.size() < 5) {
        cells.add("");
      }
      rows.add(cells);
    }
    return rows;
  }

  private String date(Instant instant) {
    return instant == null ? null : ChineseDates.format(calendar.localDate(instant));
  }

  private static String isoDate(String iso) {
    return iso == null ? null : ChineseDates.format(LocalDate.parse(iso));
  }

  private String date(Date date) {
    return date == null ? null : ChineseDates.format(calendar.localDate(date.toInstant()));
  }

  static String inShort(String matter) {
    if (matter == null || matter.codePointCount(0, matter.length()) <= MATTER_IN_SHORT) {
      return matter;
    }
    return matter.substring(0, matter.offsetByCodePoints(0, MATTER_IN_SHORT)) + "……";
  }

  /** Who completed the step: user id (null for the system), name to print, role to print. */
  record Staff(String userId, String name, String role) {}
}
