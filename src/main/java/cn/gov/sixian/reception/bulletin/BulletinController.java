package cn.gov.sixian.reception.bulletin;

import cn.gov.sixian.reception.access.CaseAccess;
import cn.gov.sixian.reception.process.DateBounds;
import cn.gov.sixian.reception.process.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The bulletin (通报) for any date range, as JSON. */
@RestController
@RequestMapping("/api/bulletins")
class BulletinController {

  static final int MAX_DAYS = 366;

  private final Bulletins bulletins;
  private final CaseAccess access;

  BulletinController(Bulletins bulletins, CaseAccess access) {
    this.bulletins = bulletins;
    this.access = access;
  }

  /** Days from {@code from} to {@code to}, both included. */
  @GetMapping
  BulletinView bulletin(@RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    LocalDate start = date(from, "from", "起始日期");
    LocalDate end = date(to, "to", "截止日期");
    if (end.isBefore(start)) {
      throw new InvalidInputException("to", "「截止日期」不能早于「起始日期」。");
    }
    // a bulletin covers a week or a month; a longer period is not a question anyone asks, and
    // every day of it is read from the registers
    if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
      throw new InvalidInputException("to", "通报期间最长" + MAX_DAYS + "天，请缩短日期范围。");
    }
    // the bulletin covers every unit: for the center and supervisors, compiled over all cases
    if (!access.followsAllCases()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "通报数据仅供来访接待中心和督查人员查看。");
    }
    Bulletin bulletin = access.asApplication(() -> bulletins.compile(start, end.plusDays(1)));
    return new BulletinView(start, end, bulletins.period(bulletin), bulletin.totalSlipsIssued(),
        bulletin.totalFeedbackLate(), bulletin.totalOverdueCases(), bulletin.units(),
        bulletins.text(bulletin));
  }

  private static LocalDate date(String value, String field, String label) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, "请提供「" + label + "」，格式为yyyy-MM-dd。");
    }
    LocalDate date;
    try {
      date = LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "「" + label + "」不是有效日期，格式为yyyy-MM-dd。");
    }
    return DateBounds.check(date, field, label);
  }

  record BulletinView(LocalDate from, LocalDate to, String period, int slipsIssued,
      int feedbackLate, int overdueCases, java.util.List<Bulletin.UnitLine> units, String text) {}
}
