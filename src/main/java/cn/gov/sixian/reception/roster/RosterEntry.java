package cn.gov.sixian.reception.roster;

import java.time.LocalDate;

/** One person on duty at one post on one day. */
record RosterEntry(LocalDate date, String post, String userId) {}
