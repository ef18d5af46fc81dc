package cn.gov.sixian.reception.roster;

import java.time.LocalDate;

/**
 * One change asked of the roster: put {@code userId} on the post in that shift of the day, or
 * clear it when {@code userId} is null. {@code source} names where it came from in messages
 * (「第3行」).
 */
record RosterChange(LocalDate date, String shift, String post, String userId, String source) {}
