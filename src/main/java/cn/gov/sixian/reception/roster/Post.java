package cn.gov.sixian.reception.roster;

/**
 * A place on the duty roster: a resident unit's window, the lawyer of the day, or the county
 * leader receiving at the 党政领导干部接访室.
 *
 * @param code the unit's code, {@code lawyer} or {@code county-leader}
 * @param group whose members may be put on this post
 * @param unitCode the unit whose staff may edit the post, null for the center's own posts
 */
record Post(String code, String name, String group, String unitCode) {

  boolean isUnitWindow() {
    return unitCode != null;
  }
}
