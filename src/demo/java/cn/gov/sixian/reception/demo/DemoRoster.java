package cn.gov.sixian.reception.demo;

import cn.gov.sixian.reception.calendar.WorkingDayCalendar;
import cn.gov.sixian.reception.roster.RosterRecords;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;

/**
 * The duty roster of the demo weeks and the next two: every window with its unit's demo staff
 * member, the lawyer and the county leader on every duty day. Written before the cases, so their
 * tasks go to the person on duty as they would. Everyone checked in on time on the days past,
 * except 县人社局's window on {@code lastDay}: one missed check-in for 统计分析.
 */
final class DemoRoster {

  static final String MISSED_POST = "rsj";
  private static final String BY = "demo-data";

  private final RosterRecords records;
  private final WorkingDayCalendar calendar;
  private final IdentityService identity;

  DemoRoster(RosterRecords records, WorkingDayCalendar calendar, IdentityService identity) {
    this.records = records;
    this.calendar = calendar;
    this.identity = identity;
  }

  /** Returns the number of duty days written. */
  int write(LocalDate from, LocalDate lastDay, LocalDate until) {
    Map<String, String> people = people();
    int days = 0;
    for (LocalDate day = from; !day.isAfter(until); day = day.plusDays(1)) {
      if (!calendar.isWorkingDay(day)) {
        continue;
      }
      int turn = 0;
      for (Map.Entry<String, String> post : people.entrySet()) {
        records.onDuty(day, post.getKey(), post.getValue(), BY);
        boolean missed = day.equals(lastDay) && post.getKey().equals(MISSED_POST);
        if (!day.isAfter(lastDay) && !missed) {
          // arrivals spread over 08:20–08:57, on time
          records.checkedIn(day, post.getKey(), post.getValue(), day.atTime(8, 20)
              .plusMinutes((turn * 7L + day.getDayOfMonth()) % 38).atZone(calendar.zone()).toInstant());
        }
        turn++;
      }
      days++;
    }
    return days;
  }

  /** Post → demo user, for the posts whose demo user exists. */
  private Map<String, String> people() {
    Map<String, String> people = new LinkedHashMap<>();
    for (String window : records.windowPosts()) {
      people.put(window, window + "-staff");
    }
    people.put(records.lawyerPost(), "lvshi");
    people.put(records.countyLeaderPost(), "xianling");
    people.values().removeIf(user -> identity.createUserQuery().userId(user).count() == 0);
    return people;
  }
}
