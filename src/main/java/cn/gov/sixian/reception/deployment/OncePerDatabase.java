package cn.gov.sixian.reception.deployment;

import java.time.Instant;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Start-up work that a database needs once (bringing over what an earlier version wrote), marked
 * done in the engine's property table ({@code ACT_GE_PROPERTY}, {@code reception.done.<name>}),
 * so that later starts do not scan tables that grow with the years. Two nodes starting together
 * may both do it: the work must be idempotent. All nodes of a cluster run the same version
 * (docs/operations.md "Running a cluster"), so nothing of the earlier kind is written afterwards.
 */
@Component
public class OncePerDatabase {

  private static final String PREFIX = "reception.done.";

  /** Looked up when used: engine plugins depend on users of this class, so it comes later. */
  private final ObjectProvider<ManagementService> managementService;

  OncePerDatabase(ObjectProvider<ManagementService> managementService) {
    this.managementService = managementService;
  }

  /** Runs the work unless this database has done it, then marks it done. */
  public void run(String name, Runnable work) {
    if (isDone(name)) {
      return;
    }
    work.run();
    managementService.getObject().setProperty(PREFIX + name, Instant.now().toString());
  }

  public boolean isDone(String name) {
    return managementService.getObject().getProperties().containsKey(PREFIX + name);
  }
}
