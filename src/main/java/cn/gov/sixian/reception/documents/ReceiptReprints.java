package cn.gov.sixian.reception.documents;

import static cn.gov.sixian.reception.process.ProcessVariables.CASE_NUMBER;

import cn.gov.sixian.reception.caseregister.CaseRecord;
import cn.gov.sixian.reception.caseregister.CaseRegister;
import cn.gov.sixian.reception.process.CaseHistoryReads;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Service;

/**
 * The registration receipt printed again with a new query code (publicquery's re-issue at the
 * window): the case's current receipt, its content from the registration's variables in
 * history, the code on this print only.
 */
@Service
public class ReceiptReprints {

  private final CaseDocuments documents;
  private final StepDocuments steps;
  private final CaseRegister register;
  private final HistoryService history;

  ReceiptReprints(CaseDocuments documents, StepDocuments steps, CaseRegister register,
      HistoryService history) {
    this.documents = documents;
    this.steps = steps;
    this.register = register;
    this.history = history;
  }

  /** The receipt with the code, or empty when the case has no receipt (or no case). */
  public Optional<Printed> withCode(String caseNumber, String code, String publicUrl) {
    Optional<CaseRecord> c = register.find(caseNumber);
    Optional<IssuedDocument> receipt = documents.list(caseNumber).stream()
        .filter(d -> d.kind() == DocumentKind.REGISTRATION_RECEIPT && !d.superseded())
        .findFirst();
    if (c.isEmpty() || receipt.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Object> variables = new HashMap<>();
    for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery()
        .processInstanceId(c.get().processInstanceId())
        .variableNameIn(CaseHistoryReads.RECEIPT_REPRINT.toArray(String[]::new)).list()) {
      if (v.getValue() != null) {
        variables.put(v.getName(), v.getValue());
      }
    }
    variables.putIfAbsent(CASE_NUMBER, caseNumber);
    IssuedDocument stored = receipt.get();
    return Optional.of(new Printed(stored.title() + "（" + stored.documentNumber() + "）.pdf",
        steps.receiptWithCode(stored, variables, code, publicUrl)));
  }

  /** The file name and bytes of the print. */
  public record Printed(String fileName, byte[] pdf) {}
}
