package cn.gov.sixian.reception.intake;

import cn.gov.sixian.reception.caseregister.CaseRegister;
import cn.gov.sixian.reception.catalogue.UnitCatalogue;
import cn.gov.sixian.reception.review.CaseReviews;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/** Builds the intake beans for plain-engine tests, with an in-memory number sequence. */
public final class IntakeTestBeans {

  private IntakeTestBeans() {}

  public static ExecutionListener registrationStartListener(
      UnitCatalogue catalogue, CaseRegister register, Clock clock,
      org.springframework.context.ApplicationEventPublisher events, CaseReviews reviews) {
    CaseNumbers numbers =
        new CaseNumbers(new InMemorySequence(), new CaseNumberProperties("JF"), clock);
    RegistrationService service =
        new RegistrationService(
            new RegistrationValidator(catalogue, clock), numbers, register, clock, events);
    return new RegistrationStartListener(
        service, catalogue, new EarlierCasesSummary(catalogue, clock, reviews));
  }

  static final class InMemorySequence implements CaseNumberSequence {
    private final Map<Integer, AtomicLong> years = new ConcurrentHashMap<>();

    @Override
    public long next(int year) {
      return years.computeIfAbsent(year, y -> new AtomicLong()).incrementAndGet();
    }
  }
}
