package cn.gov.sixian.reception.roster;

import java.time.LocalDate;

/** One person on duty at one post in one shift ({@link Shift#code()}) of one day. */
record RosterEntry(LocalDate date, String shift, String post, String userId) {}
