package cn.gov.sixian.reception.identity;

import cn.gov.sixian.reception.catalogue.Unit;
import cn.gov.sixian.reception.review.ReviewBody;
import java.util.ArrayList;
import java.util.List;

/** The Camunda groups of the joint reception: one per actor of the plan, two per unit. */
public final class ReceptionGroups {

  public static final String REGISTRATION_STAFF = "registration-staff";
  public static final String CENTER_DIRECTOR = "center-director";
  public static final String DEPUTY_DIRECTOR = "deputy-director";
  public static final String COUNTY_LEADERS = "county-leaders";
  public static final String LAWYERS = "lawyers";
  public static final String SOCIAL_MEDIATORS = "social-mediators";
  public static final String DISCIPLINE_INSPECTION = "discipline-inspection";
  public static final String SUPERVISORS = "supervisors";
  /** Camunda's own administrators group: full rights in Admin and Cockpit. */
  public static final String ADMINISTRATORS = "camunda-admin";

  static final String WORKFLOW = "WORKFLOW";
  static final String SYSTEM = "SYSTEM";

  private ReceptionGroups() {}

  /** A group to create: id, Chinese name, Camunda group type. */
  record GroupDefinition(String id, String name, String type) {}

  static List<GroupDefinition> definitions(List<Unit> units) {
    return definitions(units, List.of());
  }

  /** With one group per reviewing body inside the county (复查、复核, {@code body-<code>}). */
  static List<GroupDefinition> definitions(List<Unit> units, List<ReviewBody> reviewBodies) {
    List<GroupDefinition> groups = new ArrayList<>();
    groups.add(new GroupDefinition(REGISTRATION_STAFF, "登记员（来访接待中心工作人员）", WORKFLOW));
    groups.add(new GroupDefinition(CENTER_DIRECTOR, "联合接访中心主任", WORKFLOW));
    groups.add(new GroupDefinition(DEPUTY_DIRECTOR, "专职副主任", WORKFLOW));
    groups.add(new GroupDefinition(COUNTY_LEADERS, "县党政领导", WORKFLOW));
    groups.add(new GroupDefinition(LAWYERS, "值班律师", WORKFLOW));
    groups.add(new GroupDefinition(SOCIAL_MEDIATORS, "社会调解组织", WORKFLOW));
    groups.add(new GroupDefinition(DISCIPLINE_INSPECTION, "纪检监察", WORKFLOW));
    groups.add(new GroupDefinition(SUPERVISORS, "督查人员", WORKFLOW));
    groups.add(new GroupDefinition(ADMINISTRATORS, "系统管理员", SYSTEM));
    for (Unit unit : units) {
      String staff = unit.resident() ? "联合接访窗口" : "接访人员";
      groups.add(new GroupDefinition(unit.staffGroup(), unit.name() + staff, WORKFLOW));
      groups.add(new GroupDefinition(unit.leaderGroup(), unit.name() + "分管领导", WORKFLOW));
    }
    for (ReviewBody body : reviewBodies) {
      groups.add(new GroupDefinition(body.group(), body.groupName(), WORKFLOW));
    }
    return groups;
  }
}
