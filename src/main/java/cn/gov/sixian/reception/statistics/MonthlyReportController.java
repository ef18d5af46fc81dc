package cn.gov.sixian.reception.statistics;

import cn.gov.sixian.reception.calendar.WorkingDayCalendar;
import cn.gov.sixian.reception.process.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/reports/monthly?month=yyyy-MM}: the printable monthly analysis report. A browser
 * opens it directly, so refusals are small Chinese pages, and a call without login asks for it.
 */
@RestController
class MonthlyReportController {

  static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

  private final StatisticsService statistics;
  private final StatisticsAccess access;
  private final WorkingDayCalendar calendar;

  MonthlyReportController(
      StatisticsService statistics, StatisticsAccess access, WorkingDayCalendar calendar) {
    this.statistics = statistics;
    this.access = access;
    this.calendar = calendar;
  }

  @GetMapping("/api/reports/monthly")
  ResponseEntity<String> monthly(@RequestParam(required = false) String month) {
    try {
      Scope scope = access.currentScope();
      ReportMonth report =
          ReportMonth.of(YearMonth.from(Period.month(month).from()), calendar.today());
      String page = MonthlyReportPage.render(report, statistics.report(report.period(), scope),
          statistics.report(report.previous(), scope), calendar.zone());
      return ResponseEntity.ok().contentType(HTML).body(page);
    } catch (ResponseStatusException e) {
      ResponseEntity.BodyBuilder answer = ResponseEntity.status(e.getStatusCode()).contentType(HTML);
      if (e.getStatusCode().isSameCodeAs(HttpStatus.UNAUTHORIZED)) {
        answer.header(HttpHeaders.WWW_AUTHENTICATE,
            "Basic realm=\"joint-reception\", charset=\"UTF-8\"");
      }
      return answer.body(errorPage(e.getStatusCode(), e.getReason()));
    } catch (InvalidInputException e) {
      return ResponseEntity.badRequest().contentType(HTML)
          .body(errorPage(HttpStatus.BAD_REQUEST, e.getMessage()));
    }
  }

  private static String errorPage(HttpStatusCode status, String message) {
    return MonthlyReportPage.refused(status.value(), message);
  }
}
