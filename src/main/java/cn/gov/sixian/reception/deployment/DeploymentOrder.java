package cn.gov.sixian.reception.deployment;

/**
 * Start-up order: models first, then identities that tasks are assigned to, then filters, then
 * the demo cases (default run only).
 */
public final class DeploymentOrder {

  public static final int MODELS = 0;
  public static final int GROUPS = 10;
  public static final int USERS = 20;
  public static final int FILTERS = 30;
  public static final int DEMO_DATA = 40;

  private DeploymentOrder() {}
}
