-- Check-in (签到) of the person on duty (roster/): the server's time of arrival, once per person
-- and day (the primary key holds it even when the button is clicked twice at once). The post is
-- the one the roster named at check-in, for attendance by unit.
CREATE TABLE duty_check_in (
  duty_date      DATE         NOT NULL,
  user_id        VARCHAR(64)  NOT NULL,
  post           VARCHAR(40)  NOT NULL,
  checked_in_at  TIMESTAMP    NOT NULL,
  CONSTRAINT pk_duty_check_in PRIMARY KEY (duty_date, user_id)
);
