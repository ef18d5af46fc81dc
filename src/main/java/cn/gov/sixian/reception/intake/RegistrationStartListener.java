package cn.gov.sixian.reception.intake;

import static cn.gov.sixian.reception.process.ProcessVariables.ADDRESS;
import static cn.gov.sixian.reception.process.ProcessVariables.CASE_NUMBER;
import static cn.gov.sixian.reception.process.ProcessVariables.FINALISED_CASES;
import static cn.gov.sixian.reception.process.ProcessVariables.FINALISED_MATTER;
import static cn.gov.sixian.reception.process.ProcessVariables.CHANNEL;
import static cn.gov.sixian.reception.process.ProcessVariables.CHANNEL_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.EARLIER_CASES_SUMMARY;
import static cn.gov.sixian.reception.process.ProcessVariables.EARLIER_CASE_COUNT;
import static cn.gov.sixian.reception.process.ProcessVariables.FIRST_VISIT;
import static cn.gov.sixian.reception.process.ProcessVariables.GROUP_VISIT;
import static cn.gov.sixian.reception.process.ProcessVariables.ID_NUMBER;
import static cn.gov.sixian.reception.process.ProcessVariables.ID_NUMBER_MASKED;
import static cn.gov.sixian.reception.process.ProcessVariables.MATTER;
import static cn.gov.sixian.reception.process.ProcessVariables.PETITIONER_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.PHONE;
import static cn.gov.sixian.reception.process.ProcessVariables.PHONE_MASKED;
import static cn.gov.sixian.reception.process.ProcessVariables.PROBLEM_CATEGORY;
import static cn.gov.sixian.reception.process.ProcessVariables.PROBLEM_CATEGORY_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.REGISTERED_AT;
import static cn.gov.sixian.reception.process.ProcessVariables.REQUEST;
import static cn.gov.sixian.reception.process.ProcessVariables.TOWNSHIP;
import static cn.gov.sixian.reception.process.ProcessVariables.TOWNSHIP_NAME;
import static cn.gov.sixian.reception.process.ProcessVariables.VISITOR_COUNT;

import cn.gov.sixian.reception.catalogue.Unit;
import cn.gov.sixian.reception.catalogue.UnitCatalogue;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of {@code joint-reception}: registers the visit, makes the case number the
 * business key and puts the normalised form and the earlier cases into the process. A validation
 * failure throws and nothing is started.
 *
 * <p>The full ID number, phone and address stay in the register only (data minimisation): the
 * start form submits them, so they are removed from the instance again and the process carries
 * the masked values. The unit's acceptance and reply tasks get phone and address from the
 * register ({@code PetitionerContactListener}).
 */
@Component("registrationStartListener")
class RegistrationStartListener implements ExecutionListener {

  /** Start variables that must not stay in the process. */
  static final List<String> FULL_CONTACT = List.of(ID_NUMBER, PHONE, ADDRESS);

  private final RegistrationService registration;
  private final UnitCatalogue catalogue;
  private final EarlierCasesSummary earlierCasesSummary;

  RegistrationStartListener(
      RegistrationService registration,
      UnitCatalogue catalogue,
      EarlierCasesSummary earlierCasesSummary) {
    this.registration = registration;
    this.catalogue = catalogue;
    this.earlierCasesSummary = earlierCasesSummary;
  }

  @Override
  public void notify(DelegateExecution execution) {
    RegisteredVisit registered =
        registration.register(execution.getProcessInstanceId(), execution.getVariables());
    execution.setProcessBusinessKey(registered.caseNumber());

    VisitRegistration visit = registered.visit();
    Map<String, Object> variables = new HashMap<>();
    variables.put(CASE_NUMBER, registered.caseNumber());
    variables.put(REGISTERED_AT, Date.from(registered.registeredAt()));
    variables.put(CHANNEL, registered.channel().name());
    variables.put(CHANNEL_NAME, registered.channel().label());
    variables.put(PETITIONER_NAME, visit.petitionerName());
    variables.put(ID_NUMBER_MASKED, IdNumbers.mask(visit.idNumber()));
    variables.put(PHONE_MASKED, PhoneNumbers.mask(visit.phone()));
    variables.put(TOWNSHIP, visit.township());
    variables.put(
        TOWNSHIP_NAME, catalogue.findUnit(visit.township()).map(Unit::name).orElse(null));
    variables.put(VISITOR_COUNT, visit.visitorCount());
    variables.put(GROUP_VISIT, visit.groupVisit());
    variables.put(PROBLEM_CATEGORY, visit.problemCategory());
    variables.put(PROBLEM_CATEGORY_NAME, categoryName(visit.problemCategory()));
    variables.put(MATTER, visit.matter());
    variables.put(REQUEST, visit.request());
    variables.put(FIRST_VISIT, registered.firstVisit());
    variables.put(EARLIER_CASE_COUNT, registered.earlierCases().size());
    EarlierCasesSummary.Summary earlier =
        earlierCasesSummary.of(registered.earlierCases(), visit.problemCategory());
    variables.put(EARLIER_CASES_SUMMARY, earlier.lines());
    variables.put(FINALISED_MATTER, earlier.finalised() != null);
    if (earlier.finalised() != null) {
      variables.put(FINALISED_CASES, earlier.finalised());
    }
    execution.setVariables(variables);
    execution.removeVariables(FULL_CONTACT);
  }

  private String categoryName(String code) {
    return catalogue.findCategory(code).map(c -> c.name()).orElse(code);
  }
}
