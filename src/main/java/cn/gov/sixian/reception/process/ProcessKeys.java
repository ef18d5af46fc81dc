package cn.gov.sixian.reception.process;

/** Keys of the deployed process definitions. */
public final class ProcessKeys {

  public static final String JOINT_RECEPTION = "joint-reception";
  public static final String MEDIATION = "mediation";
  public static final String MEDIATION_SUPPORT = "mediation-support";
  public static final String SUPERVISION = "supervision";
  public static final String ACCOUNTABILITY_REFERRAL = "accountability-referral";
  /**
   * The polling deadline watch of earlier releases, replaced by the overdue timers of the models;
   * its definitions stay in the database, suspended (deployment/ProcessModelDeployer).
   */
  public static final String RETIRED_DEADLINE_WATCH = "deadline-watch";
  public static final String ROSTER_WATCH = "roster-watch";
  public static final String TRANSFER_NOTIFICATION = "transfer-notification";
  public static final String REVIEW = "review";
  public static final String RE_REVIEW = "re-review";

  private ProcessKeys() {}
}
