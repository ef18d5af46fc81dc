package cn.gov.sixian.reception.roster;

import java.time.LocalDate;

/**
 * One change asked of the roster: put {@code userId} on the post that day, or clear the post
 * when {@code userId} is null. {@code source} names where it came from in messages (「第3行」).
 */
record RosterChange(LocalDate date, String post, String userId, String source) {}
