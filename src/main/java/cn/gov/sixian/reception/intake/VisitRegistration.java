package cn.gov.sixian.reception.intake;

/** A validated, normalised visit registration (来访登记). */
public record VisitRegistration(
    String petitionerName,
    String idNumber,
    String phone,
    String address,
    String township,
    int visitorCount,
    String problemCategory,
    String matter,
    String request) {

  /** Five or more visitors make a group visit (集体访). */
  public static final int GROUP_VISIT_THRESHOLD = 5;

  public boolean groupVisit() {
    return visitorCount >= GROUP_VISIT_THRESHOLD;
  }
}
