package cn.gov.sixian.reception.identity;

import cn.gov.sixian.reception.deployment.DeploymentOrder;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Makes sure someone can log in: the demo users in the default run (created once, memberships
 * kept, names kept as in demo-users.json), otherwise the administrator named by the environment. Start-up stops with a clear
 * message when neither is configured. Existing users' passwords are never overwritten.
 */
@Component
@Order(DeploymentOrder.USERS)
class UserInitializer implements ApplicationRunner {

  static final String DEMO_USERS = "demo/demo-users.json";
  private static final Logger log = LoggerFactory.getLogger(UserInitializer.class);

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final IdentityProperties properties;

  UserInitializer(
      IdentityService identityService,
      AuthorizationService authorizationService,
      IdentityProperties properties) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.properties = properties;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (properties.demoUsers()) {
      List<DemoUser> users = demoUsers();
      // users and groups read once, then one query per user for its groups (three per user and
      // group before): most starts find all in place
      Set<String> groups = identityService.createGroupQuery().list().stream()
          .map(Group::getId).collect(Collectors.toSet());
      Map<String, User> existing = identityService.createUserQuery()
          .userIdIn(users.stream().map(DemoUser::id).toArray(String[]::new)).list().stream()
          .collect(Collectors.toMap(User::getId, Function.identity()));
      users.forEach(demo -> ensureDemoUser(demo, existing.get(demo.id()), groups));
      log.info("Demo users present: {} (default run only)", users.size());
    } else {
      ensureAdministrator();
    }
    grantAdministratorsEverything();
  }

  private void ensureDemoUser(DemoUser demo, User user, Set<String> groups) {
    if (user == null) {
      user = identityService.newUser(demo.id());
      user.setFirstName(demo.givenName());
      user.setLastName(demo.surname());
      user.setEmail(demo.email());
      user.setPassword(properties.demoPassword());
      identityService.saveUser(user);
    } else if (!demo.givenName().equals(user.getFirstName())
        || !demo.surname().equals(user.getLastName())) {
      // databases of earlier versions stored the full name and the role: rename, password kept
      user.setFirstName(demo.givenName());
      user.setLastName(demo.surname());
      identityService.saveUser(user);
    }
    Set<String> memberOf = identityService.createGroupQuery().groupMember(demo.id()).list()
        .stream().map(Group::getId).collect(Collectors.toSet());
    for (String group : demo.groups()) {
      if (!groups.contains(group)) {
        throw missingGroup(demo.id(), group);
      }
      if (memberOf.add(group)) {
        identityService.createMembership(demo.id(), group);
      }
    }
  }

  private void ensureAdministrator() {
    String id = properties.adminUser();
    String password = properties.adminPassword();
    if (id == null || id.isBlank() || password == null || password.isBlank()) {
      throw new IllegalStateException(AdministratorConfigurationCheck.MESSAGE);
    }
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setFirstName("系统管理员");
      user.setLastName("");
      user.setPassword(password);
      identityService.saveUser(user);
      log.info("Administrator {} created", id);
    }
    ensureMembership(id, ReceptionGroups.ADMINISTRATORS);
  }

  private void ensureMembership(String userId, String groupId) {
    if (identityService.createGroupQuery().groupId(groupId).count() == 0) {
      throw missingGroup(userId, groupId);
    }
    if (identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() == 0) {
      identityService.createMembership(userId, groupId);
    }
  }

  private static IllegalStateException missingGroup(String userId, String groupId) {
    return new IllegalStateException("Group " + groupId + " does not exist (user " + userId + ")");
  }

  /** As Camunda's own first administrator: camunda-admin may do everything on every resource. */
  private void grantAdministratorsEverything() {
    Set<Integer> granted = authorizationService.createAuthorizationQuery()
        .groupIdIn(ReceptionGroups.ADMINISTRATORS)
        .resourceId(Authorization.ANY)
        .list().stream()
        .map(Authorization::getResourceType)
        .collect(Collectors.toSet());
    for (Resource resource : Resources.values()) {
      if (!granted.contains(resource.resourceType())) {
        Authorization all = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        all.setGroupId(ReceptionGroups.ADMINISTRATORS);
        all.setResource(resource);
        all.setResourceId(Authorization.ANY);
        all.addPermission(Permissions.ALL);
        authorizationService.saveAuthorization(all);
      }
    }
  }

  static List<DemoUser> demoUsers() {
    try (InputStream in = new ClassPathResource(DEMO_USERS).getInputStream()) {
      return new ObjectMapper().readValue(in, new TypeReference<List<DemoUser>>() {});
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + DEMO_USERS, e);
    }
  }
}
