-- Duty roster (值班表): who is on duty at each post on each day (roster/). A post is a resident
-- unit's window (its unit code), the lawyer of the day ('lawyer') or the county leader receiving
-- at the 党政领导干部接访室 ('county-leader'). One person per post and day; a person on at most one
-- post a day (the unique index holds it even when two staff save at the same moment).
CREATE TABLE duty_roster (
  duty_date   DATE          NOT NULL,
  post        VARCHAR(40)   NOT NULL,
  user_id     VARCHAR(64)   NOT NULL,
  updated_by  VARCHAR(64)   NOT NULL,
  updated_at  TIMESTAMP     NOT NULL,
  CONSTRAINT pk_duty_roster PRIMARY KEY (duty_date, post)
);
CREATE UNIQUE INDEX ux_duty_roster_person ON duty_roster (duty_date, user_id);
