package cn.gov.sixian.reception.calendar;

/** What kind of day a date is. */
public enum DayKind {
  WORKDAY("工作日", true),
  WEEKEND("周末", false),
  HOLIDAY("法定节假日", false),
  MAKE_UP_WORKDAY("调休上班日", true);

  private final String label;
  private final boolean working;

  DayKind(String label, boolean working) {
    this.label = label;
    this.working = working;
  }

  public String label() {
    return label;
  }

  public boolean working() {
    return working;
  }
}
