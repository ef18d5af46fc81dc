package cn.gov.sixian.reception.routing;

/**
 * How 分类确认 treats a visit about a matter finalised after re-review (复核终结): the same facts
 * and reasons are not accepted again (信访工作条例 2022, article 36); new facts make a new matter.
 */
enum FinalisedHandling {
  NOT_ACCEPTED("同一事实和理由，不予受理（终结）"),
  NEW_FACTS("提出新的事实和理由，按新的信访事项办理");

  private final String label;

  FinalisedHandling(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
