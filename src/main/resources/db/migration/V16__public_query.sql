-- The petitioner's own view (信访事项查询评价, publicquery/): the query code printed on the
-- registration receipt, kept only as a keyed hash (HMAC-SHA256 with the server's secret and a
-- salt of its own); generation counts re-issues, so a new code ends the tokens of the old one.
CREATE TABLE case_query_code (
  case_number  VARCHAR(32)  NOT NULL,
  salt         VARCHAR(32)  NOT NULL,
  code_hash    VARCHAR(64)  NOT NULL,
  generation   INTEGER      NOT NULL,
  issued_at    TIMESTAMP    NOT NULL,
  issued_by    VARCHAR(64),
  CONSTRAINT pk_case_query_code PRIMARY KEY (case_number)
);

-- Failed look-ups of the public page, per client address and per case number entered (both as
-- keyed hashes: neither addresses nor guessed numbers are kept), with the lock they earned.
-- In the database so that every node of a cluster counts the same attempts.
CREATE TABLE public_query_attempt (
  attempt_key     VARCHAR(80)  NOT NULL,
  failures        INTEGER      NOT NULL,
  last_failed_at  TIMESTAMP    NOT NULL,
  locked_until    TIMESTAMP,
  CONSTRAINT pk_public_query_attempt PRIMARY KEY (attempt_key)
);
CREATE INDEX ix_public_query_attempt_last ON public_query_attempt (last_failed_at);

-- The petitioner's own evaluation (满意度评价 online): once per case; it counts in the statistics
-- in place of the one recorded by staff (COALESCE(petitioner_satisfaction, satisfaction)).
ALTER TABLE petition_case ADD COLUMN petitioner_satisfaction VARCHAR(32);
ALTER TABLE petition_case ADD COLUMN petitioner_comment VARCHAR(500);
ALTER TABLE petition_case ADD COLUMN petitioner_evaluated_at TIMESTAMP;
