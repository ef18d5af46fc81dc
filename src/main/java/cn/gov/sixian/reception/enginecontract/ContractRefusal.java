package cn.gov.sixian.reception.enginecontract;

import org.camunda.bpm.engine.AuthorizationException;

/**
 * A command refused by the domain contract, with a Chinese message for the user. An
 * {@link AuthorizationException}, so every API answers it with 403 and rolls nothing forward.
 */
final class ContractRefusal extends AuthorizationException {

  private static final long serialVersionUID = 1L;

  ContractRefusal(String message) {
    super(message);
  }
}
