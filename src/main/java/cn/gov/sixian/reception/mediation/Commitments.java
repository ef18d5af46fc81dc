package cn.gov.sixian.reception.mediation;

import static cn.gov.sixian.reception.process.ProcessVariables.COMMITMENT_AGREEMENT;
import static cn.gov.sixian.reception.process.ProcessVariables.COMMITMENT_SIGNED_AT;
import static cn.gov.sixian.reception.process.ProcessVariables.COMMITMENT_SIGNER;

import cn.gov.sixian.reception.process.Inputs;
import cn.gov.sixian.reception.process.InvalidInputException;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The commitment to end the petition (息访承诺书) signed when mediation resolves a case. */
final class Commitments {

  private Commitments() {}

  /** Requires who signed, when (not in the future) and what was agreed; stores them normalised. */
  static void record(DelegateExecution execution, Inputs in, LocalDate today, ZoneId zone) {
    String signer = in.requiredText(COMMITMENT_SIGNER, 50);
    LocalDate signedAt = in.requiredDate(COMMITMENT_SIGNED_AT, zone);
    if (signedAt.isAfter(today)) {
      throw new InvalidInputException(COMMITMENT_SIGNED_AT, "「" + in.label(COMMITMENT_SIGNED_AT) + "」不能晚于今天。");
    }
    String agreement = in.requiredText(COMMITMENT_AGREEMENT, 2000);
    execution.setVariable(COMMITMENT_SIGNER, signer);
    execution.setVariable(COMMITMENT_SIGNED_AT, signedAt.toString());
    execution.setVariable(COMMITMENT_AGREEMENT, agreement);
  }
}
