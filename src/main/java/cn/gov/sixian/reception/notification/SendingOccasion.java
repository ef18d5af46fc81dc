package cn.gov.sixian.reception.notification;

import java.util.UUID;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/**
 * The engine job running the current command. Its id survives retries (the job executor's and a
 * retry from Cockpit), so it tells a retry from a new occasion.
 */
final class SendingOccasion {

  private SendingOccasion() {}

  static String current() {
    CommandContext command = Context.getCommandContext();
    JobEntity job = command == null ? null : command.getCurrentJob();
    // outside a job nothing is retried: any unique value will do
    return job != null ? "job:" + job.getId() : "once:" + UUID.randomUUID();
  }
}
