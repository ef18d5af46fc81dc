package cn.gov.sixian.reception.web;

import cn.gov.sixian.reception.process.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.util.ExceptionUtil;
import org.springframework.stereotype.Component;

/**
 * Remembers the staff input error ({@link InvalidInputException}) an engine API request ended
 * with, for the translators of the engine REST API ({@link EngineRestMessages}) and Tasklist's
 * engine API ({@link WebappEngineApiMessages}). They only see the REST layer's answer, which
 * wraps the Chinese message in an English prefix with the definition's or task's id ("Cannot
 * instantiate process definition joint-reception:1:…: 「公民身份号码」…") and answers a failed start
 * with 500. A command interceptor in front of every engine command notes the exception for the
 * request's thread while a translator listens, so the answer can be a 400 with the bare message.
 * A text the database refuses as too long for the engine's columns counts as such an error too.
 */
@Component
class EngineInputErrors extends AbstractProcessEnginePlugin {

  private static final ThreadLocal<InvalidInputException[]> HEARD = new ThreadLocal<>();

  /** From now on, this thread's input errors are remembered. */
  static void listen() {
    HEARD.set(new InvalidInputException[1]);
  }

  /** The last input error since {@link #listen()}, or null; this thread is no longer heard. */
  static InvalidInputException stopListening() {
    InvalidInputException[] heard = HEARD.get();
    HEARD.remove();
    return heard == null ? null : heard[0];
  }

  static void note(Throwable failure) {
    InvalidInputException[] heard = HEARD.get();
    if (heard == null) {
      return;
    }
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof InvalidInputException input) {
        heard[0] = input;
        return;
      }
    }
    // a text longer than the engine's column (4000 UTF-16 units) in a variable no listener reads,
    // refused by the database at the end of the command; the engine's own judgement of it
    if (failure instanceof ProcessEngineException engine
        && ExceptionUtil.checkValueTooLongException(engine)) {
      heard[0] = new InvalidInputException(null, EngineRestMessages.TEXT_TOO_LONG);
    }
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    // one interceptor per chain: an interceptor holds the next one of its chain
    configuration.setCustomPreCommandInterceptorsTxRequired(
        prepend(new Listener(), configuration.getCustomPreCommandInterceptorsTxRequired()));
    configuration.setCustomPreCommandInterceptorsTxRequiresNew(
        prepend(new Listener(), configuration.getCustomPreCommandInterceptorsTxRequiresNew()));
  }

  private static List<CommandInterceptor> prepend(
      CommandInterceptor first, List<CommandInterceptor> others) {
    List<CommandInterceptor> all = new ArrayList<>();
    all.add(first);
    if (others != null) {
      all.addAll(others);
    }
    return all;
  }

  static final class Listener extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (RuntimeException e) {
        note(e);
        throw e;
      }
    }
  }
}
