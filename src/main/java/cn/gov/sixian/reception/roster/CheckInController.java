package cn.gov.sixian.reception.roster;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/roster/check-in} (docs/api.md "Duty roster"): the caller checks in as today's
 * person on duty; 403 for anyone not on today's roster, 409 the second time.
 */
@RestController
class CheckInController {

  private final DutyCheckIn checkIn;

  CheckInController(DutyCheckIn checkIn) {
    this.checkIn = checkIn;
  }

  @PostMapping("/api/roster/check-in")
  DutyCheckIn.Done checkIn() {
    return checkIn.checkIn();
  }
}
