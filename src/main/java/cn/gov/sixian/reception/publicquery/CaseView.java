package cn.gov.sixian.reception.publicquery;

import java.util.List;

/**
 * What the public page shows of one case, and nothing else (docs/security.md "The petitioner's
 * own view"): no staff names, no other case, the ID number masked.
 */
record CaseView(
    String caseNumber,
    String petitionerName,
    String idNumberMasked,
    String registeredOn,
    String stage,
    String unitName,
    List<Limit> limits,
    List<Document> documents,
    Evaluation evaluation,
    boolean mayEvaluate,
    List<ReviewChoice> reviewChoices,
    int reviewRequestDays) {

  /** A time limit of the case: its due day, when it was met, and whether in time. */
  record Limit(String name, String due, String doneOn, String state, boolean late) {}

  /** A document issued to the petitioner, with its download path (token in the path). */
  record Document(String title, String number, String issuedOn, String href) {}

  /** The petitioner's own evaluation, once given. */
  record Evaluation(String label, String comment, String on) {}

  /** Review or re-review the petitioner may ask for now. */
  record ReviewChoice(String kind, String label) {}
}
