package cn.gov.sixian.reception.catalogue;

/** Kinds of responsible unit. */
public enum UnitType {
  /** A county department (县直单位). */
  COUNTY_UNIT,
  /** A township or town government (乡镇), responsible under territorial management (属地管理). */
  TOWNSHIP
}
