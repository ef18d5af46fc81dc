package cn.gov.sixian.reception.intake;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Issues readable case numbers (信访件编号), sequential within each calendar year. */
@Component
class CaseNumbers {

  private final CaseNumberSequence sequence;
  private final CaseNumberProperties properties;
  private final Clock clock;

  CaseNumbers(CaseNumberSequence sequence, CaseNumberProperties properties, Clock clock) {
    this.sequence = sequence;
    this.properties = properties;
    this.clock = clock;
  }

  String next() {
    int year = LocalDate.now(clock).getYear();
    return String.format("%s-%d-%06d", properties.prefix(), year, sequence.next(year));
  }
}
