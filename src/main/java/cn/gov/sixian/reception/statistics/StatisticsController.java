package cn.gov.sixian.reception.statistics;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/statistics}: the supervisors' figures as JSON (README, "Statistics REST API"). */
@RestController
@RequestMapping("/api/statistics")
class StatisticsController {

  private final StatisticsService statistics;
  private final StatisticsAccess access;

  StatisticsController(StatisticsService statistics, StatisticsAccess access) {
    this.statistics = statistics;
    this.access = access;
  }

  @GetMapping
  StatisticsReport report(
      @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    Scope scope = access.currentScope();
    return statistics.report(Period.parse(from, to), scope);
  }
}
