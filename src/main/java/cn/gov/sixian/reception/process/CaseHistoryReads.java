package cn.gov.sixian.reception.process;

import static cn.gov.sixian.reception.process.ProcessVariables.CASE_NUMBER;
import static cn.gov.sixian.reception.process.ProcessVariables.CHANNEL;
import static cn.gov.sixian.reception.process.ProcessVariables.CHANNEL_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.ID_NUMBER_MASKED;
import static cn.gov.sixian.reception.process.ProcessVariables.MATTER;
import static cn.gov.sixian.reception.process.ProcessVariables.PETITIONER_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.PHONE_MASKED;
import static cn.gov.sixian.reception.process.ProcessVariables.PROBLEM_CATEGORY_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.REGISTERED_AT;
import static cn.gov.sixian.reception.process.ProcessVariables.REPLY_OPINION;
import static cn.gov.sixian.reception.process.ProcessVariables.REQUEST;
import static cn.gov.sixian.reception.process.ProcessVariables.TOWNSHIP_NAME;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the application reads back from a case's history ({@code act_hi_varinst} of its
 * {@code joint-reception} instance), open or closed. Of that instance, history keeps these and
 * what a form lets staff enter, nothing else ({@code history/CaseHistoryLevel}, decision 0009):
 * a reader of another name finds nothing, so a new reader adds its names here.
 */
public final class CaseHistoryReads {

  /** The registration as the case record (casefile) shows it, beside the register's columns. */
  public static final List<String> CASE_RECORD = List.of(ID_NUMBER_MASKED, PHONE_MASKED,
      PROBLEM_CATEGORY_NAME, MATTER, REQUEST, CHANNEL_NAME, TOWNSHIP_NAME);
  /** The case as review and re-review show it (review). */
  public static final List<String> REVIEW_CONTEXT = List.of(ID_NUMBER_MASKED, PHONE_MASKED,
      PROBLEM_CATEGORY_NAME, MATTER, REQUEST, REPLY_OPINION, CHANNEL_NAME);
  /** The case as an accountability referral copies it in (referral). */
  public static final List<String> REFERRAL_CONTEXT = List.of(PETITIONER_NAME, ID_NUMBER_MASKED,
      PHONE_MASKED, PROBLEM_CATEGORY_NAME, MATTER, REQUEST, REGISTERED_AT);
  /** The registration receipt printed again with a new query code (documents). */
  public static final List<String> RECEIPT_REPRINT = List.of(CASE_NUMBER, PETITIONER_NAME,
      REGISTERED_AT, MATTER, CHANNEL_NAME);
  /** Kept for an audit though nothing reads them: the case's number and channel's code. */
  public static final List<String> AUDIT = List.of(CASE_NUMBER, CHANNEL);

  /** Every name above. */
  public static final Set<String> ALL = union(
      CASE_RECORD, REVIEW_CONTEXT, REFERRAL_CONTEXT, RECEIPT_REPRINT, AUDIT);

  private CaseHistoryReads() {}

  @SafeVarargs
  private static Set<String> union(List<String>... lists) {
    Set<String> all = new HashSet<>();
    for (List<String> list : lists) {
      all.addAll(list);
    }
    return Set.copyOf(all);
  }
}
