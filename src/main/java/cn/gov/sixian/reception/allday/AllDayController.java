package cn.gov.sixian.reception.allday;

import cn.gov.sixian.reception.process.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/all-day-reception} (docs/api.md): everyone logged in reads the period in force
 * (the banner); only the center's director opens and closes one (403 in Chinese otherwise).
 */
@RestController
@RequestMapping("/api/all-day-reception")
class AllDayController {

  private final AllDayReception allDay;

  AllDayController(AllDayReception allDay) {
    this.allDay = allDay;
  }

  record Opening(String from, String to, String reason) {}

  /** @param current the period covering today, null when none; @param periods not over yet */
  record State(AllDayPeriod current, List<AllDayPeriod> periods) {}

  @GetMapping
  State state() {
    return new State(allDay.current().orElse(null), allDay.comingAndCurrent());
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
