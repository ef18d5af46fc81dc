package cn.gov.sixian.reception.roster;

import cn.gov.sixian.reception.process.InvalidInputException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The duty roster over REST (docs/api.md "Duty roster"): everyone logged in reads it; the center
 * changes every post, a unit its own window (403 otherwise); rule breaches answer 400 with every
 * problem in Chinese, and nothing is saved.
 */
@RestController
@RequestMapping("/api/roster")
class RosterController {

  private final Roster roster;
  private final RosterPosts posts;
  private final RosterPeople people;
  private final RosterAccess access;
  private final RosterGaps gaps;
  private final DutyDays days;
  private final DutyCheckIn checkIn;
  private final Shifts shifts;

  RosterController(Roster roster, RosterPosts posts, RosterPeople people, RosterAccess access,
      RosterGaps gaps, DutyDays days, DutyCheckIn checkIn, Shifts shifts) {
    this.checkIn = checkIn;
    this.shifts = shifts;
    this.roster = roster;
    this.posts = posts;
    this.people = people;
    this.access = access;
    this.gaps = gaps;
    this.days = days;
  }

  record PostView(String code, String name, boolean editable) {}

  record Person(String userId, String name) {}

  /** @param hours 「20:00–次日08:00」, null for a working day's duty */
  record ShiftView(String code, String name, String hours, Map<String, Person> duty) {}

  /**
   * @param allDay in an all-day reception period: several shifts
   * @param duty the day shift's posts (a working day's only shift)
   */
  record DayView(LocalDate date, String dayText, boolean dutyDay, boolean allDay,
      List<ShiftView> shifts, Map<String, Person> duty) {}

  record GapView(LocalDate date, String dayText, List<String> posts) {}

  /** A shift of an all-day period's day as the center set it: 「夜班」, 「20:00–次日08:00」. */
  record ShiftOption(String code, String name, String hours) {}

  record RosterView(LocalDate from, LocalDate to, LocalDate today, List<PostView> posts,
      List<ShiftOption> allDayShifts, List<DayView> days, List<GapView> gaps) {}

  /** @param shiftName null for a working day's duty; @param current the shift on now */
  record TodayEntry(String post, String postName, String shift, String shiftName, String hours,
      String userId, String name, boolean current) {}

  /** @param myCheckIn the caller's post and check-in today, null when not on duty today */
  record TodayView(LocalDate date, String dayText, boolean dutyDay, List<TodayEntry> duty,
      DutyCheckIn.Status myCheckIn) {}

  record Assignment(String userId) {}

  record WeekCopy(String week) {}

  /** @param shift the shift to fill, the day shift when absent */
  record Rotation(String month, String post, String shift, List<String> people) {}

  record Saved(int saved) {}

  @GetMapping
  RosterView view(@RequestParam String from, @RequestParam String to) {
    LocalDate start = date("from", from);
    LocalDate end = date("to", to);
    List<RosterEntry> entries = roster.between(start, end);
    Map<String, String> names = new LinkedHashMap<>();
    List<DayView> dayViews = new ArrayList<>();
    Map<LocalDate, List<Shift>> shiftsOfDay = shifts.between(start, end);
    Set<LocalDate> allDays = days.allDaysBetween(start, end);
    for (LocalDate day = start; !day.isAfter(end); day = day.plusDays(1)) {
      List<ShiftView> shiftViews = new ArrayList<>();
      for (Shift shift : shiftsOfDay.get(day)) {
        Map<String, Person> duty = new LinkedHashMap<>();
        for (RosterEntry entry : entries) {
          if (entry.date().equals(day) && entry.shift().equals(shift.code())) {
            String name = names.computeIfAbsent(entry.userId(),
                id -> people.name(id).orElse(id));
            duty.put(entry.post(), new Person(entry.userId(), name));
          }
        }
        shiftViews.add(new ShiftView(shift.code(), shift.name(), shift.hours(), duty));
      }
      Map<String, Person> dayDuty = shiftViews.stream().filter(v -> v.code().equals(RosterProperties.DAY_SHIFT))
          .findFirst().map(ShiftView::duty).orElse(Map.of());
      dayViews.add(new DayView(day, days.describe(day), !shiftsOfDay.get(day).isEmpty(),
          allDays.contains(day),
          shiftViews, dayDuty));
    }
    List<GapView> gapViews = gaps.between(start, end).stream()
        .map(g -> new GapView(g.date(), days.describe(g.date()), g.names()))
        .toList();
    List<PostView> postViews = posts.all().stream()
        .map(p -> new PostView(p.code(), p.name(), access.mayEdit(p))).toList();
    List<ShiftOption> shiftOptions = shifts.allDayShifts(start).stream()
        .map(s -> new ShiftOption(s.code(), s.name(), s.hours())).toList();
    return new RosterView(start, end, days.today(), postViews, shiftOptions, dayViews, gapViews);
  }

  /**
   * Who is on duty today, by shift and post — last evening's night shift first while it is still
   * on — and the caller's check-in (the Tasklist's 今日值班).
   */
  @GetMapping("/today")
  TodayView today() {
    LocalDate today = days.today();
    Shift on = shifts.now().orElse(null);
    List<Shift> listed = new ArrayList<>();
    if (on != null && on.date().isBefore(today)) {
      listed.add(on);
    }
    listed.addAll(shifts.of(today));
    List<RosterEntry> entries = roster.between(today.minusDays(1), today);
    List<TodayEntry> duty = new ArrayList<>();
    for (Shift shift : listed) {
      boolean named = days.isAllDay(shift.date());
      for (Post post : posts.all()) {
        entries.stream().filter(e -> e.date().equals(shift.date())
                && e.shift().equals(shift.code()) && e.post().equals(post.code()))
            .findFirst().ifPresent(e -> duty.add(new TodayEntry(post.code(), post.name(),
                shift.code(), named ? shift.name() : null, shift.hours(), e.userId(),
                people.name(e.userId()).orElse(e.userId()), shift.equals(on))));
      }
    }
    return new TodayView(today, days.describe(today), days.hasDuty(today), duty,
        checkIn.statusOfCaller().orElse(null));
  }

  /** The people who may be put on the post (its group's members). */
  @GetMapping("/posts/{post}/people")
  List<Person> peopleOf(@PathVariable String post) {
    Post found = post(post);
    return people.membersOf(found.group()).entrySet().stream()
        .map(e -> new Person(e.getKey(), e.getValue())).toList();
  }

  /** Puts a person on the post for the day's shift ({@code shift}: the day shift when absent). */
  @PutMapping("/{date}/{post}")
  Saved put(@PathVariable String date, @PathVariable String post,
      @RequestParam(required = false) String shift,
      @RequestBody(required = false) Assignment assignment) {
    if (assignment == null || assignment.userId() == null || assignment.userId().isBlank()) {
      throw new InvalidInputException("userId", "请选择值班人员（userId）。");
    }
    return new Saved(roster.apply(List.of(new RosterChange(date("date", date),
        shifts.codeOf(shift), post(post).code(), assignment.userId().strip(), null))));
  }

  @DeleteMapping("/{date}/{post}")
  Saved clear(@PathVariable String date, @PathVariable String post,
      @RequestParam(required = false) String shift) {
    return new Saved(roster.apply(List.of(new RosterChange(date("date", date),
        shifts.codeOf(shift), post(post).code(), null, null))));
  }

  /** 复制上周 into the week starting {@code week} (a Monday). */
  @PostMapping("/copy-week")
  Saved copyWeek(@RequestBody(required = false) WeekCopy copy) {
    if (copy == null || copy.week() == null) {
      throw new InvalidInputException("week", "请指定要排班的一周（week，星期一的日期）。");
    }
    return new Saved(roster.copyPreviousWeek(date("week", copy.week())));
  }

  /** 按轮换排班: a month of one post from a rotation of people. */
  @PostMapping("/rotation")
  Saved rotation(@RequestBody(required = false) Rotation rotation) {
    if (rotation == null || rotation.month() == null || rotation.post() == null) {
      throw new InvalidInputException("month", "请指定月份（month）、岗位（post）和轮换人员（people）。");
    }
    YearMonth month;
    try {
      month = YearMonth.parse(rotation.month());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("month", "月份「" + rotation.month() + "」无效，格式应为2026-12。");
    }
    return new Saved(roster.fillFromRotation(month, post(rotation.post()).code(),
        shifts.codeOf(rotation.shift()), rotation.people()));
  }

  /** A CSV file planned in a spreadsheet, as the request body (see {@link RosterCsv}). */
  @PostMapping(path = "/import", consumes = {"text/csv", "application/octet-stream"})
  Saved importCsv(@RequestBody byte[] file) {
    return new Saved(roster.importCsv(file));
  }

  private Post post(String code) {
    return posts.find(code).orElseThrow(() -> new InvalidInputException("post",
        "未知岗位「" + code + "」（岗位须为常驻单位代码、lawyer 或 county-leader）。"));
  }

  private static LocalDate date(String field, String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "日期「" + text + "」无效，格式应为2026-12-14。");
    }
  }
}
