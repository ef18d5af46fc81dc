package cn.gov.sixian.reception.intake;

import static cn.gov.sixian.reception.process.ProcessVariables.CHANNEL;

import cn.gov.sixian.reception.caseregister.CaseRecord;
import cn.gov.sixian.reception.caseregister.CaseRegister;
import cn.gov.sixian.reception.caseregister.CaseStatus;
import org.springframework.context.ApplicationEventPublisher;
import cn.gov.sixian.reception.process.Inputs;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Registers a visit (统一登记受理): validates the form, numbers the case, finds the petitioner's
 * earlier cases and enters the case in the register, all in the caller's transaction.
 */
@Service
class RegistrationService {

  private static final Logger log = LoggerFactory.getLogger(RegistrationService.class);
  static final int SUMMARY_LENGTH = 200;

  private final RegistrationValidator validator;
  private final CaseNumbers caseNumbers;
  private final CaseRegister register;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  RegistrationService(
      RegistrationValidator validator,
      CaseNumbers caseNumbers,
      CaseRegister register,
      Clock clock,
      ApplicationEventPublisher events) {
    this.validator = validator;
    this.caseNumbers = caseNumbers;
    this.register = register;
    this.clock = clock;
    this.events = events;
  }

  RegisteredVisit register(String processInstanceId, Map<String, Object> variables) {
    VisitRegistration visit = validator.validate(variables);
    Channel channel =
        variables.get(CHANNEL) == null
            ? Channel.VISIT
            : Inputs.of(variables).requiredChoice(CHANNEL, "来源渠道", Channel.class);
    List<CaseRecord> earlier = register.findByIdNumber(visit.idNumber());
    // repeat petition (重复访): the same person has petitioned on the same kind of matter before
    boolean firstVisit =
        earlier.stream().noneMatch(c -> c.problemCategory().equals(visit.problemCategory()));
    String caseNumber = caseNumbers.next();
    Instant now = clock.instant();
    register.add(
        CaseRecord.registered(
            caseNumber,
            processInstanceId,
            now,
            visit.petitionerName(),
            visit.idNumber(),
            visit.phone(),
            visit.address(),
            visit.problemCategory(),
            summary(visit.matter()),
            visit.township(),
            visit.visitorCount(),
            visit.groupVisit(),
            firstVisit));
    log.info(
        "Registered case {} via {}: id number {}, category {}, {} visitor(s), {} earlier case(s)",
        caseNumber,
        channel,
        IdNumbers.mask(visit.idNumber()),
        visit.problemCategory(),
        visit.visitorCount(),
        earlier.size());
    events.publishEvent(new CaseRegistered(caseNumber, visit.groupVisit(), !firstVisit));
    // back on a matter already closed: supervision puts the earlier case up for accountability
    earlier.stream()
        .filter(c -> c.status() == CaseStatus.CLOSED)
        .filter(c -> c.problemCategory().equals(visit.problemCategory()))
        .findFirst()
        .ifPresent(c -> events.publishEvent(new RepeatPetitionRegistered(caseNumber, c.caseNumber())));
    return new RegisteredVisit(caseNumber, now, channel, visit, firstVisit, earlier);
  }

  /** At most SUMMARY_LENGTH UTF-16 units (the column's width on H2), never half a character. */
  private static String summary(String matter) {
    if (matter.length() <= SUMMARY_LENGTH) {
      return matter;
    }
    int end = Character.isHighSurrogate(matter.charAt(SUMMARY_LENGTH - 1))
        ? SUMMARY_LENGTH - 1 : SUMMARY_LENGTH;
    return matter.substring(0, end);
  }
}
