package cn.gov.sixian.reception.accesslog;

import cn.gov.sixian.reception.access.CaseAccess;
import cn.gov.sixian.reception.process.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/access-log}: the access log for administrators (docs/api.md "Access log"). Reading
 * the log is not itself logged: it shows criteria with masked numbers and case numbers only.
 */
@RestController
class AccessLogController {

  static final int MAX_DAYS = 366;
  static final int MAX_SIZE = 100;
  static final int MAX_ROWS = 10_000;

  private final AccessLog log;
  private final CaseAccess access;
  private final Clock clock;

  AccessLogController(AccessLog log, CaseAccess access, Clock clock) {
    this.log = log;
    this.access = access;
    this.clock = clock;
  }

  @GetMapping("/api/access-log")
  AccessLog.Page find(
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String user,
      @RequestParam(required = false) String caseNumber,
      @RequestParam(required = false) String page,
      @RequestParam(required = false) String size) {
    if (access.currentUserId() == null) {
      throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "请先登录。");
    }
    if (!access.isAdministrator()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "您无权查看查阅记录：仅限系统管理员。");
    }
    LocalDate last = to == null ? LocalDate.now(clock) : date("to", to, "截止日期");
    LocalDate first = from == null ? last.minusDays(29) : date("from", from, "起始日期");
    if (first.isAfter(last)) {
      throw new InvalidInputException("from", "「起始日期」不能晚于「截止日期」。");
    }
    if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
      throw new InvalidInputException("to", "查询时间段最长" + MAX_DAYS + "天，请缩短。");
    }
    int pageSize = number("size", size, 20, 1, MAX_SIZE, "每页条数");
    int pageNumber = number("page", page, 0, 0, MAX_ROWS / pageSize, "页码");
    return log.find(first.atStartOfDay(clock.getZone()).toInstant(),
        last.plusDays(1).atStartOfDay(clock.getZone()).toInstant(),
        blankToNull(user), blankToNull(caseNumber), pageNumber, pageSize);
  }

  private static LocalDate date(String field, String value, String label) {
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "「" + label + "」格式应为yyyy-MM-dd，例如2026-03-01。");
    }
  }

  private static int number(String field, String value, int fallback, int min, int max,
      String label) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new InvalidInputException(field, "「" + label + "」应为" + min + "到" + max + "之间的整数。");
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
