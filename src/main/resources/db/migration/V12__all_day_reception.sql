-- All-day reception (全天候联合接访, allday/): periods the director opens, e.g. for the national
-- sessions (全国两会). Every day from starts_on to ends_on has duty, days off included, until
-- closed_on (closed early: the period no longer covers that day or any later one).
CREATE TABLE all_day_reception (
  id          VARCHAR(36)   NOT NULL,
  starts_on   DATE          NOT NULL,
  ends_on     DATE          NOT NULL,
  reason      VARCHAR(200)  NOT NULL,
  opened_by   VARCHAR(64)   NOT NULL,
  opened_at   TIMESTAMP     NOT NULL,
  closed_on   DATE,
  closed_by   VARCHAR(64),
  closed_at   TIMESTAMP,
  CONSTRAINT pk_all_day_reception PRIMARY KEY (id)
);
