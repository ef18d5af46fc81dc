package cn.gov.sixian.reception.access;

import java.util.List;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/**
 * One standing authorization: a group (or everyone, when {@code group} is null) may do
 * {@code permissions} on {@code resource}/{@code resourceId} ({@code *} for all of them).
 */
record Grant(String group, Resource resource, String resourceId, List<Permission> permissions) {

  static Grant toEveryone(Resource resource, String resourceId, Permission... permissions) {
    return new Grant(null, resource, resourceId, List.of(permissions));
  }

  static Grant to(String group, Resource resource, String resourceId, Permission... permissions) {
    return new Grant(group, resource, resourceId, List.of(permissions));
  }
}
