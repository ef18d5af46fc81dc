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

import cn.gov.sixian.reception.calendar.ChineseDates;
import cn.gov.sixian.reception.calendar.WorkingDayCalendar;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * What each step's document says, taken from the case's variables after the step's own listener
 * has checked them: the petitioner's name and the case, never the ID number, phone or address
 * (the process holds none of them, see README "Personal data").
 */
@Service
class StepDocuments {

  /** The registration receipt quotes the matter in short. */
  static final int MATTER_IN_SHORT = 80;

  private final CaseDocuments documents;
  private final WorkingDayCalendar calendar;

  StepDocuments(CaseDocuments documents, WorkingDayCalendar calendar) {
    this.documents = documents;
    this.calendar = calendar;
  }

  /** Issues the step's document, if the step's outcome calls for one. */
  void issue(DocumentStep step, Map<String, Object> variables, Staff staff) {
    String caseNumber = (String) variables.get(CASE_NUMBER);
    String unitCode = (String) variables.get(UNIT_CODE);
    Map<String, Object> c = common(variables);
    DocumentKind kind;
    switch (step) {
      case REGISTRATION -> {
        kind = DocumentKind.REGISTRATION_RECEIPT;
        c.put("matterInShort", inShort((String) variables.get(MATTER)));
        c.put("channel", variables.get(CHANNEL_NAME));
      }
      case ROUTING -> {
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
        c.put("approverRole", staff.role());
      }
      default -> throw new IllegalArgumentException("No document at " + step);
    }
    documents.issue(kind, caseNumber, unitCode, c, staff.userId());
  }

  private Map<String, Object> common(Map<String, Object> variables) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("petitionerName", variables.get(PETITIONER_NAME));
    c.put("caseNumber", variables.get(CASE_NUMBER));
    c.put("registeredOn", date((Date) variables.get(REGISTERED_AT)));
    return c;
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
