package cn.gov.sixian.reception.enginecontract;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds every command a logged-in user who is not an administrator sends to the engine to the
 * {@link CommandContract}, before it runs. Only the outermost command of a call is checked: what
 * the models' listeners and delegates do inside it is the application's own work, as are the job
 * executor's commands (no user) and those of application code that acts as the application.
 */
final class EngineCommandGuard extends CommandInterceptor {

  private static final Logger log = LoggerFactory.getLogger(EngineCommandGuard.class);

  private final ProcessEngineConfigurationImpl configuration;
  private final String administratorsGroup;
  private final CommandContract contract;

  EngineCommandGuard(ProcessEngineConfigurationImpl configuration, String administratorsGroup) {
    this.configuration = configuration;
    this.administratorsGroup = administratorsGroup;
    this.contract = new CommandContract(configuration);
  }

  @Override
  public <T> T execute(Command<T> command) {
    if (Context.getCommandContext() == null) {
      Authentication caller = configuration.getIdentityService().getCurrentAuthentication();
      if (isRestricted(caller)) {
        check(command, caller);
      }
    }
    return next.execute(command);
  }

  private boolean isRestricted(Authentication caller) {
    return caller != null && caller.getUserId() != null
        && (caller.getGroupIds() == null || !caller.getGroupIds().contains(administratorsGroup));
  }

  private void check(Command<?> command, Authentication caller) {
    try {
      contract.check(command, caller);
    } catch (AuthorizationException refused) {
      log.warn("Refused {} for user {}: outside the domain contract",
          command.getClass().getName(), caller.getUserId());
      throw refused;
    } catch (IllegalStateException unreadable) {
      // an engine upgrade changed a command's fields: refuse rather than run it unchecked
      log.error("Refused {} for user {}: its arguments cannot be checked",
          command.getClass().getName(), caller.getUserId(), unreadable);
      throw new ContractRefusal(CommandContract.REFUSED);
    }
  }
}
