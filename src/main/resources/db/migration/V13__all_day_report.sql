-- Daily situation reports (日报) of the all-day reception (allday/AllDayReports): one per day of a
-- period, written by roster-watch's timer at the set hour. The day is the key, so a second node or
-- a retried job never writes or mails the day's report twice.
CREATE TABLE all_day_report (
  report_date       DATE           NOT NULL,
  period_id         VARCHAR(36)    NOT NULL,
  registered        INTEGER        NOT NULL,
  group_visits      INTEGER        NOT NULL,
  repeat_petitions  INTEGER        NOT NULL,
  closed            INTEGER        NOT NULL,
  open_cases        INTEGER        NOT NULL,
  overdue           INTEGER        NOT NULL,
  body              VARCHAR(20000) NOT NULL,
  created_at        TIMESTAMP      NOT NULL,
  CONSTRAINT pk_all_day_report PRIMARY KEY (report_date)
);
CREATE INDEX ix_all_day_report_period ON all_day_report (period_id);
