package cn.gov.sixian.reception.process;

/** Keys of the deployed process definitions. */
public final class ProcessKeys {

  public static final String JOINT_RECEPTION = "joint-reception";

  private ProcessKeys() {}
}
