package cn.gov.sixian.reception.statistics;

import java.util.Set;

/**
 * Whose figures a viewer may see: everything (supervisors, the center's directors,
 * administrators) or only the given units' (a unit's staff and leaders).
 */
record Scope(Set<String> unitCodes) {

  static final Scope ALL = new Scope(null);

  static Scope units(Set<String> unitCodes) {
    return new Scope(Set.copyOf(unitCodes));
  }

  boolean all() {
    return unitCodes == null;
  }
}
