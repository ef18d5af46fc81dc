package cn.gov.sixian.reception.catalogue;

/**
 * A responsible unit (责任单位). Resident units (常驻单位) keep a window in the center.
 *
 * @param code short English code, also the suffix of the unit's Camunda groups
 * @param name Chinese name shown to staff
 */
public record Unit(String code, String name, UnitType type, boolean resident, String email) {

  private static final String GROUP_PREFIX = "unit-";

  /** Candidate group of the unit's staff (window staff for a resident unit). */
  public String staffGroup() {
    return GROUP_PREFIX + code;
  }

  /** Candidate group of the unit's leaders (分管领导). */
  public String leaderGroup() {
    return GROUP_PREFIX + code + "-leaders";
  }
}
