package cn.gov.sixian.reception.calendar;

import java.time.LocalDate;

/**
 * Days off on which reminders still go out: the days of an all-day reception period (全天候联合接访,
 * implemented in allday/). The limits themselves keep counting working days only.
 */
public interface NoticeDaysOff {

  boolean covers(LocalDate date);
}
