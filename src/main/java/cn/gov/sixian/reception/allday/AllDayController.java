package cn.gov.sixian.reception.allday;

import cn.gov.sixian.reception.access.CaseAccess;
import cn.gov.sixian.reception.identity.ReceptionGroups;
import cn.gov.sixian.reception.process.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /api/all-day-reception} (docs/api.md): everyone logged in reads the period in force
 * (the banner); only the center's director opens and closes one (403 in Chinese otherwise); the
 * center's roles read the daily reports.
 */
@RestController
@RequestMapping("/api/all-day-reception")
class AllDayController {

  static final String REPORT_READERS_ONLY =
      "全天候联合接访日报仅限中心主任、专职副主任、登记人员、县领导、督查人员和管理员查看。";
  private static final List<String> REPORT_READERS = List.of(ReceptionGroups.CENTER_DIRECTOR,
      ReceptionGroups.DEPUTY_DIRECTOR, ReceptionGroups.REGISTRATION_STAFF,
      ReceptionGroups.COUNTY_LEADERS, ReceptionGroups.SUPERVISORS, ReceptionGroups.ADMINISTRATORS);

  private final AllDayReception allDay;
  private final AllDayReports reports;
  private final CaseAccess caller;

  AllDayController(AllDayReception allDay, AllDayReports reports, CaseAccess caller) {
    this.allDay = allDay;
    this.reports = reports;
    this.caller = caller;
  }

  record Opening(String from, String to, String reason) {}

  /** @param current the period covering today, null when none; @param periods not over yet */
  record State(AllDayPeriod current, List<AllDayPeriod> periods) {}

  @GetMapping
  State state() {
    return new State(allDay.current().orElse(null), allDay.comingAndCurrent());
  }

  /** The daily reports (日报) of the period in force or the last one, for the center's roles. */
  @GetMapping("/reports")
  List<DailyReport> reports() {
    if (caller.currentUserId() == null || REPORT_READERS.stream().noneMatch(caller::isMemberOf)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, REPORT_READERS_ONLY);
    }
    return reports.ofCurrentOrLastPeriod();
  }

  @PostMapping
  AllDayPeriod open(@RequestBody(required = false) Opening opening) {
    if (opening == null) {
      throw new InvalidInputException("from", "请填写开始日期、结束日期和启动原因（from、to、reason）。");
    }
    return allDay.open(date("from", opening.from()), date("to", opening.to()), opening.reason());
  }

  @PostMapping("/{id}/close")
  AllDayPeriod close(@PathVariable String id) {
    return allDay.close(id);
  }

  private static LocalDate date(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "日期「" + text + "」无效，格式应为2026-03-04。");
    }
  }
}
