package cn.gov.sixian.reception.access;

import static cn.gov.sixian.reception.access.Grant.to;
import static cn.gov.sixian.reception.access.Grant.toEveryone;
import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.GROUP;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import cn.gov.sixian.reception.catalogue.Unit;
import cn.gov.sixian.reception.identity.ReceptionGroups;
import cn.gov.sixian.reception.process.ProcessKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who may do what: every standing authorization of the joint reception, in one place.
 *
 * <p>Tasks are not granted here. The engine gives each candidate group of a task read and work
 * rights on that task when the task is created, so a unit's staff reach exactly the tasks offered
 * to their unit (no READ_TASK on process definitions for units: that would show every unit's
 * tasks). A unit sees a case in Cockpit once it has a task of the case ({@link CaseVisibility}).
 * Members of {@code camunda-admin} are engine administrators: they pass every check, and they
 * alone deploy models and manage users, groups and authorizations.
 */
final class AccessPlan {

  static final String TRACKING_ENTRY = "tracking-entry";
  static final String TASKLIST = "tasklist";
  static final String COCKPIT = "cockpit";

  /** Groups that read every case by a standing grant: no per-case grants for them. */
  static final Set<String> READS_ALL_CASES = Set.of(ReceptionGroups.REGISTRATION_STAFF,
      ReceptionGroups.CENTER_DIRECTOR, ReceptionGroups.DEPUTY_DIRECTOR,
      ReceptionGroups.SUPERVISORS, ReceptionGroups.ADMINISTRATORS);

  /** Groups other than the units' that work in Tasklist (administrators pass every check). */
  static final List<String> GROUPS_READING_DEFINITIONS = List.of(
      ReceptionGroups.REGISTRATION_STAFF, ReceptionGroups.CENTER_DIRECTOR,
      ReceptionGroups.DEPUTY_DIRECTOR, ReceptionGroups.COUNTY_LEADERS, ReceptionGroups.LAWYERS,
      ReceptionGroups.SOCIAL_MEDIATORS, ReceptionGroups.DISCIPLINE_INSPECTION,
      ReceptionGroups.SUPERVISORS);

  private AccessPlan() {}

  /** The grants that do not depend on the catalogue's units. */
  static List<Grant> standing() {
    List<Grant> grants = new ArrayList<>();
    // every logged-in user: Tasklist, the names of users and groups, forms
    grants.add(toEveryone(APPLICATION, TASKLIST, ACCESS));
    // the names of processes, per group and not to everyone: unit users are checked row by row
    // (UnitRowCheckMarkers), and in that mode a global READ on all definitions counts as a revoke
    // of every other definition permission, which ends the engine's either-or checks (claim:
    // TASK_WORK on the task or on its definition …) before the task's own grant is looked at
    for (String group : GROUPS_READING_DEFINITIONS) {
      grants.add(to(group, PROCESS_DEFINITION, ANY, READ));
    }
    grants.add(toEveryone(DEPLOYMENT, ANY, READ));
    grants.add(toEveryone(USER, ANY, READ));
    grants.add(toEveryone(GROUP, ANY, READ));

    // registration room: registers cases (and what its models let it start), follows every case
    grants.add(to(ReceptionGroups.REGISTRATION_STAFF, PROCESS_DEFINITION, ANY,
        READ_INSTANCE, READ_HISTORY));
    starts(grants, ReceptionGroups.REGISTRATION_STAFF, ProcessKeys.JOINT_RECEPTION,
        ProcessKeys.SUPERVISION, ProcessKeys.MEDIATION_SUPPORT, TRACKING_ENTRY);

    // center director and deputy director: every case and task, read; review tasks by group
    for (String director : List.of(ReceptionGroups.CENTER_DIRECTOR, ReceptionGroups.DEPUTY_DIRECTOR)) {
      readsAllCases(grants, director);
      starts(grants, director, ProcessKeys.SUPERVISION, ProcessKeys.ACCOUNTABILITY_REFERRAL,
          ProcessKeys.MEDIATION_SUPPORT, TRACKING_ENTRY);
    }

    // supervisors: read-only Cockpit; they issue slips and add to the tracking sheet
    readsAllCases(grants, ReceptionGroups.SUPERVISORS);
    starts(grants, ReceptionGroups.SUPERVISORS, ProcessKeys.SUPERVISION, TRACKING_ENTRY);
    return grants;
  }

  /** A unit's two groups: Cockpit, where they see the cases they have worked on. */
  static List<Grant> forUnit(Unit unit) {
    return List.of(
        to(unit.staffGroup(), APPLICATION, COCKPIT, ACCESS),
        to(unit.leaderGroup(), APPLICATION, COCKPIT, ACCESS),
        to(unit.staffGroup(), PROCESS_DEFINITION, ANY, READ),
        to(unit.leaderGroup(), PROCESS_DEFINITION, ANY, READ));
  }

  /**
   * A reviewing body's group (复查、复核, {@code body-<code>}): the names of processes, so that
   * Tasklist shows its review tasks and their forms; the tasks themselves by their candidate group.
   */
  static List<Grant> forReviewBody(String group) {
    return List.of(to(group, PROCESS_DEFINITION, ANY, READ));
  }

  private static void readsAllCases(List<Grant> grants, String group) {
    grants.add(to(group, APPLICATION, COCKPIT, ACCESS));
    grants.add(to(group, PROCESS_DEFINITION, ANY, READ, READ_INSTANCE, READ_HISTORY, READ_TASK));
    grants.add(to(group, PROCESS_INSTANCE, ANY, READ));
    // every task, as READ_TASK above; on TASK itself too, which Cockpit's 人工任务 dashboard
    // needs for its count of open tasks per group (GET /task/report/candidate-group-count)
    grants.add(to(group, TASK, ANY, READ));
    grants.add(to(group, DECISION_DEFINITION, ANY, READ));
    grants.add(to(group, DECISION_REQUIREMENTS_DEFINITION, ANY, READ));
  }

  private static void starts(List<Grant> grants, String group, String... processKeys) {
    for (String key : processKeys) {
      grants.add(to(group, PROCESS_DEFINITION, key, CREATE_INSTANCE));
    }
    grants.add(to(group, PROCESS_INSTANCE, ANY, CREATE));
  }
}
